import { dayNumber, type LocalDay, type NoContactEvent, type RecordedEvent, tallyDays } from '@/src/core';
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
      return event.moment === 'search' ? t('historyUrgeSearch') : t('historyUrge');
    case 'slip':
      return event.moment === 'search' ? t('historySlipSearch') : t('historySlip');
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

/** One line of her history: an event of this browser's record, or a day of urges another browser counted. */
export type HistoryRow =
  | { kind: 'event'; key: string; at: number; event: RecordedEvent }
  | { kind: 'elsewhere'; key: string; at: number; day: LocalDay; count: number };

/** Noon UTC of a day: where a day's count sits among the events, newest first. */
const dayAt = (day: LocalDay) => dayNumber(day) * 86_400_000 + 43_200_000;

/** Her history, newest first: the events shown, and each day of urges turned back on her other browsers. */
export function historyRows(events: readonly RecordedEvent[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const event of events) {
    if (SHOWN.has(event.type)) rows.push({ kind: 'event', key: event.id, at: event.at, event });
    else if (event.type === 'urge-tally') {
      tallyDays(event, (day, count) =>
        rows.push({ kind: 'elsewhere', key: `${event.id}:${day}`, at: dayAt(day), day, count }),
      );
    }
  }
  return rows.sort((a, b) => b.at - a.at);
}
