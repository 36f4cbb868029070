import { browser } from 'wxt/browser';
import { compileDnrRules, type Target, targetKey } from '@/src/core';
import { type Allowance, allowancesItem } from '@/src/storage';
import { INTERSTITIAL_PATH } from './interstitial-url';

/**
 * When she goes through anyway, one target is allowed in one tab for a few minutes. Allowances
 * live in session storage and session rules, so a browser restart ends them.
 */

const ALARM = 'allowance-expiry';
/** Session rule ids: one block of ids per tab, well away from the dynamic rules' ids. */
const RULES_PER_TAB = 16;
const sessionRuleIds = (tabId: number) =>
  Array.from({ length: RULES_PER_TAB }, (_, i) => 1_000_000 + tabId * RULES_PER_TAB + i);

/** Whether she chose to see this target in this tab and the time she gave herself hasn't run out. */
export async function isAllowed(tabId: number, key: string, now: number): Promise<boolean> {
  const allowance = (await allowancesItem.getValue())[String(tabId)];
  return !!allowance && allowance.key === key && allowance.until > now;
}

export async function grantAllowance(
  tabId: number,
  target: Target,
  now: number,
  until: number,
  usesDnr: boolean,
): Promise<void> {
  const all = await allowancesItem.getValue();
  all[String(tabId)] = { key: targetKey(target), until } satisfies Allowance;
  await allowancesItem.setValue(all);
  if (usesDnr) {
    const ids = sessionRuleIds(tabId);
    const rules = compileDnrRules([target], browser.runtime.getURL(INTERSTITIAL_PATH)).slice(
      0,
      RULES_PER_TAB,
    );
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: ids,
      addRules: rules.map((rule, i) => ({
        id: ids[i] as number,
        priority: 2,
        action: { type: 'allow' as const },
        condition: { ...rule.condition, tabIds: [tabId] },
      })) as never,
    });
  }
  await browser.alarms.create(ALARM, { when: Math.max(until, now + 1000) });
}

/** Ends allowances whose time is up (and those of closed tabs); sets the alarm for the next one. */
export async function expireAllowances(now: number, usesDnr: boolean, closedTabId?: number): Promise<void> {
  const all = await allowancesItem.getValue();
  const ended = Object.entries(all).filter(([tab, a]) => a.until <= now || Number(tab) === closedTabId);
  if (ended.length === 0) return;
  for (const [tab] of ended) delete all[tab];
  await allowancesItem.setValue(all);
  if (usesDnr) {
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: ended.flatMap(([tab]) => sessionRuleIds(Number(tab))),
    });
  }
  const next = Math.min(...Object.values(all).map((a) => a.until));
  if (Number.isFinite(next)) await browser.alarms.create(ALARM, { when: Math.max(next, now + 1000) });
}

export const ALLOWANCE_ALARM = ALARM;
