import { browser } from 'wxt/browser';
import { currentStreak, dueMilestone } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';
import { metaItem, readEvents, readPlan, recordNow } from '@/src/storage';

/** A notification the first time each milestone of the current run is reached, then recorded so it shows once. */
export async function notifyDueMilestone(now: number, timeZone: string): Promise<void> {
  const [events, plan, meta] = await Promise.all([readEvents(), readPlan(), metaItem.getValue()]);
  const streak = currentStreak(events, now, timeZone, meta?.installDay);
  const days = dueMilestone(events, streak, timeZone, plan.goalDays);
  if (days === null) return;
  await recordNow((at) => ({ type: 'milestone', at, days, streakStart: streak.startAt }), now);
  await browser.notifications.create(`milestone-${days}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: tCount('milestoneTitle', days),
    message: days === plan.goalDays ? t('milestoneGoalMessage') : t('milestoneMessage'),
  });
}
