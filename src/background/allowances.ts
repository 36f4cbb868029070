import { browser } from 'wxt/browser';
import { compileDnrRules, type Target, targetKey } from '@/src/core';
import { type Allowance, allowancesItem } from '@/src/storage';
import { interstitialPage } from './interstitial-url';

/**
 * When she goes through anyway, one target is allowed in one tab for a few minutes. Allowances
 * live in session storage and session rules, so a browser restart ends them.
 */

const ALARM = 'allowance-expiry';
/**
 * Session rule ids are small integers handed out per allowance and kept with it: tab ids can be far
 * larger than the 32-bit ids DNR accepts, so they can't be part of the id.
 */
const FIRST_SESSION_RULE_ID = 1_000_000;
const MAX_RULES_PER_ALLOWANCE = 16;

function freeRuleIds(all: Record<string, Allowance>, count: number): number[] {
  const used = new Set(Object.values(all).flatMap((a) => a.ruleIds ?? []));
  const ids: number[] = [];
  for (let id = FIRST_SESSION_RULE_ID; ids.length < count; id++) if (!used.has(id)) ids.push(id);
  return ids;
}

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
  // A copy: with nothing stored, getValue hands out the shared fallback object.
  const all = { ...(await allowancesItem.getValue()) };
  const previous = all[String(tabId)]?.ruleIds ?? [];
  delete all[String(tabId)];
  const rules = usesDnr
    ? compileDnrRules([target], interstitialPage()).slice(0, MAX_RULES_PER_ALLOWANCE)
    : [];
  const ids = freeRuleIds(all, rules.length);
  all[String(tabId)] = { key: targetKey(target), until, ruleIds: ids } satisfies Allowance;
  await allowancesItem.setValue(all);
  if (usesDnr) {
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: previous,
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
  // A copy: with nothing stored, getValue hands out the shared fallback object.
  const all = { ...(await allowancesItem.getValue()) };
  const ended = Object.entries(all).filter(([tab, a]) => a.until <= now || Number(tab) === closedTabId);
  if (ended.length === 0) return;
  for (const [tab] of ended) delete all[tab];
  await allowancesItem.setValue(all);
  if (usesDnr) {
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: ended.flatMap(([, a]) => a.ruleIds ?? []),
    });
  }
  const next = Math.min(...Object.values(all).map((a) => a.until));
  if (Number.isFinite(next)) await browser.alarms.create(ALARM, { when: Math.max(next, now + 1000) });
}

export const ALLOWANCE_ALARM = ALARM;
