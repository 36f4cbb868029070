import { browser } from 'wxt/browser';
import { addDays, currentStreak, localDay, startOfLocalDay } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';
import { metaItem, readEvents } from '@/src/storage';

/** Fires at her next local midnight, when the streak gains a day. */
export const BADGE_ALARM = 'badge-midnight';

/** The app's calm green, not an alarm red: the number is something to be proud of. */
const BADGE_COLOR = '#2f6f62';
const BADGE_TEXT_COLOR = '#ffffff';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction(): typeof browser.action {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return (api.action ?? api.browserAction) as typeof browser.action;
}

/** What the badge says for a streak of `days`: the number, kept to the four characters a badge shows. */
export function badgeText(days: number): string {
  return days > 9999 ? '9999+' : String(Math.max(0, Math.floor(days)));
}

/** The current streak in days, from the stored events (the install day until she set a start). */
export async function streakDays(now: number, timeZone: string): Promise<number> {
  const [events, meta] = await Promise.all([readEvents(), metaItem.getValue()]);
  return currentStreak(events, now, timeZone, meta?.installDay ?? localDay(now, timeZone)).days;
}

/** Writes the streak on the toolbar button, with the full sentence as its tooltip. */
export async function updateBadge(now: number, timeZone: string): Promise<void> {
  const days = await streakDays(now, timeZone);
  const action = toolbarAction();
  await action.setBadgeText({ text: badgeText(days) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  // Not in every browser version; the default text colour is readable too.
  await action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
  await action.setTitle({ title: `${t('extName')} — ${tCount('streakDays', days)}` });
}

/** The first instant of the next local day in `timeZone`. */
export function nextLocalMidnight(now: number, timeZone: string): number {
  return startOfLocalDay(addDays(localDay(now, timeZone), 1), timeZone);
}

/**
 * (Re)schedules the midnight alarm. Called whenever the badge is refreshed, so a worker restart, a browser
 * start or a change of time zone (she travelled) always leaves one alarm at the right local midnight.
 */
export async function scheduleBadgeAlarm(now: number, timeZone: string): Promise<void> {
  await browser.alarms.create(BADGE_ALARM, { when: nextLocalMidnight(now, timeZone) });
}

/** Updates the badge and schedules the next update. */
export async function refreshBadge(now: number, timeZone: string): Promise<void> {
  await Promise.all([updateBadge(now, timeZone), scheduleBadgeAlarm(now, timeZone)]);
}
