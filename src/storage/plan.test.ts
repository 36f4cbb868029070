import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPlan, readSettings, savePlan } from './plan';

describe('plan and settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to the default plan and a 14-day goal', async () => {
    expect(await readPlan()).toEqual({
      text: null,
      reasons: [],
      goalDays: 14,
      friend: { name: '', link: '' },
    });
  });

  it('saves her words and goal', async () => {
    await savePlan({ text: 'Call Ana.\nWalk.', goalDays: 30 });
    expect(await readPlan()).toMatchObject({ text: 'Call Ana.\nWalk.', goalDays: 30 });
  });

  it('repairs wrong types field by field, keeping the good ones', async () => {
    await fakeBrowser.storage.local.set({ plan: { text: 'Mine', goalDays: 'lots', reasons: 'x' } });
    expect(await readPlan()).toMatchObject({ text: 'Mine', goalDays: 14, reasons: [] });
    await fakeBrowser.storage.local.set({ settings: { countdownSeconds: -5, strict: true } });
    expect(await readSettings()).toEqual({
      countdownSeconds: 30,
      allowanceMinutes: 10,
      strict: true,
      delayHours: 24,
      foldFeeds: true,
    });
  });

  it('repairs a plan that is not an object', async () => {
    await fakeBrowser.storage.local.set({ plan: 'oops' });
    expect((await readPlan()).goalDays).toBe(14);
  });
});
