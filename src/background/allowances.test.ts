import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowancesItem } from '@/src/storage';
import { expireAllowances, grantAllowance, isAllowed } from './allowances';

const sam = { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' } as const;
const key = 'instagram:sam.rivers_';
// Real Chrome tab ids can exceed what a 32-bit rule id holds.
const BIG_TAB = 740_954_723;

describe('allowances', () => {
  let updateSessionRules: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    // reset() leaves the session area as it was.
    await fakeBrowser.storage.session.clear();
    updateSessionRules = vi.fn().mockResolvedValue(undefined);
    // The fake browser has no declarativeNetRequest; record what would be sent.
    Object.assign(fakeBrowser, { declarativeNetRequest: { updateSessionRules } });
  });

  it('allows one target in one tab until the time runs out', async () => {
    await grantAllowance(BIG_TAB, sam, 1_000, 61_000, true);
    expect(await isAllowed(BIG_TAB, key, 60_999)).toBe(true);
    expect(await isAllowed(BIG_TAB, key, 61_000)).toBe(false);
    expect(await isAllowed(BIG_TAB, 'x:sam_rivers', 2_000)).toBe(false);
    expect(await isAllowed(7, key, 2_000)).toBe(false);
  });

  it('uses small 32-bit rule ids scoped to the tab, whatever the tab id', async () => {
    await grantAllowance(BIG_TAB, sam, 1_000, 61_000, true);
    const [update] = updateSessionRules.mock.calls[0] ?? [];
    const { addRules } = update as { addRules: { id: number; condition: { tabIds: number[] } }[] };
    expect(addRules.length).toBeGreaterThan(0);
    for (const rule of addRules) {
      expect(rule.id).toBeLessThan(2 ** 31);
      expect(rule.condition.tabIds).toEqual([BIG_TAB]);
    }
  });

  it('gives two tabs distinct rule ids and removes a tab’s rules when its time is up', async () => {
    await grantAllowance(1, sam, 0, 10_000, true);
    await grantAllowance(2, sam, 0, 20_000, true);
    const firstIds = (await allowancesItem.getValue())['1']?.ruleIds ?? [];
    const secondIds = (await allowancesItem.getValue())['2']?.ruleIds ?? [];
    expect(firstIds.length).toBeGreaterThan(0);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    await expireAllowances(15_000, true);
    expect(Object.keys(await allowancesItem.getValue())).toEqual(['2']);
    expect(updateSessionRules).toHaveBeenLastCalledWith({ removeRuleIds: firstIds });
    expect(await fakeBrowser.alarms.get('allowance-expiry')).toMatchObject({ scheduledTime: 20_000 });
  });

  it('ends a closed tab’s allowance at once', async () => {
    await grantAllowance(3, sam, 0, 600_000, false);
    await expireAllowances(1_000, false, 3);
    expect(await isAllowed(3, key, 1_000)).toBe(false);
  });
});
