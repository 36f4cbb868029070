import { browser } from 'wxt/browser';
import { type Hit, targetKey, targetOfKey } from '@/src/core';
import type { CountdownReply, GoThroughReply } from '@/src/messages/replies';
import { countdownsItem, readSettings, recordNow } from '@/src/storage';
import { grantAllowance } from './allowances';
import { currentMatcher } from './matcher-cache';

/**
 * "Go to the profile anyway": the background, not the page, keeps the countdown, so nothing on
 * the page can shorten it. Strict mode refuses outright.
 */

/**
 * What the interstitial stands in front of: what `url` shows, or, for a conversation whose address names no one,
 * the target its header showed (`withKey`), while it is still on her list.
 */
async function hitOf(url: string, withKey: string | undefined): Promise<Hit | undefined> {
  const { matcher, targets } = await currentMatcher();
  const hit = matcher.hit(url);
  if (hit || withKey === undefined) return hit;
  const target = targetOfKey(targets, withKey);
  return target && { target, moment: 'contact' };
}

export async function startCountdown(
  tabId: number,
  url: string,
  now: number,
  withKey?: string,
): Promise<CountdownReply> {
  const settings = await readSettings();
  if (settings.strict) return { ok: false, reason: 'strict' };
  const target = (await hitOf(url, withKey))?.target;
  if (!target) return { ok: false, reason: 'not-blocked' };
  const readyAt = now + settings.countdownSeconds * 1000;
  const all = { ...(await countdownsItem.getValue()) };
  all[String(tabId)] = { key: targetKey(target), readyAt };
  await countdownsItem.setValue(all);
  return { ok: true, readyAt, seconds: settings.countdownSeconds };
}

export async function goThrough(
  tabId: number,
  url: string,
  visit: string | undefined,
  now: number,
  usesDnr: boolean,
  withKey?: string,
): Promise<GoThroughReply> {
  const settings = await readSettings();
  if (settings.strict) return { ok: false, reason: 'strict' };
  const hit = await hitOf(url, withKey);
  if (!hit) return { ok: false, reason: 'not-blocked' };
  const { target, moment } = hit;
  const key = targetKey(target);
  const countdowns = { ...(await countdownsItem.getValue()) };
  const countdown = countdowns[String(tabId)];
  if (!countdown || countdown.key !== key || countdown.readyAt > now)
    return { ok: false, reason: 'too-soon' };
  delete countdowns[String(tabId)];
  await countdownsItem.setValue(countdowns);
  await grantAllowance(tabId, target, now, now + settings.allowanceMinutes * 60_000, usesDnr);
  await recordNow(
    (at) => ({ type: 'slip', at, key, visit, ...(moment !== 'profile' ? { moment } : {}) }),
    now,
  );
  await browser.tabs.update(tabId, { url });
  return { ok: true, minutes: settings.allowanceMinutes };
}
