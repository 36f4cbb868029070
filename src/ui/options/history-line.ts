import type { NoContactEvent } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';

/** The events shown in her history; bookkeeping (milestones shown, clock jumps) is left out. */
export const SHOWN = new Set<NoContactEvent['type']>(['urge', 'slip', 'contact', 'start', 'gap', 'urge-day']);

/** An event in words. `moment` and `day` format times and local days. */
export function historyLine(
  event: NoContactEvent,
  moment: (at: number) => string,
  day: (d: string) => string,
): string {
  switch (event.type) {
    case 'urge':
      return t('historyUrge');
    case 'slip':
      return t('historySlip');
    case 'contact':
      return t('historyContact');
    case 'start':
      return t('historyStart', day(event.since));
    case 'gap':
      return t('historyGap', moment(event.from), moment(event.to));
    case 'urge-day':
      return tCount('historyUrgeDay', event.count, day(event.day));
    default:
      return '';
  }
}

/** Deleting these changes when her streak started. */
export function changesStreak(event: NoContactEvent): boolean {
  return event.type === 'contact' || event.type === 'start';
}
