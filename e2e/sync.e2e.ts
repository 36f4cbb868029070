// Sync across her computers, as the browser's own sync storage carries it. Turning sync on in the options page
// puts people, profiles, plan and settings there, and never her journal or history. A profile another
// computer added (written into sync storage the way that computer's copy writes it) reaches this one's
// list and is blocked here too, and the profiles added here are kept.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instagram, peopleWith, waitForRules } from './harness/blocklist';
import type { TestBrowser } from './harness/browsers';
import { BROWSERS } from './harness/browsers';
import type { FakeSite } from './harness/fake-site';
import { isInterstitial } from './harness/interstitial';
import { endSession, startSession } from './harness/session';
import { field, waitForText } from './harness/ui';

const META_KEY = 'nc.meta';
const PLAN = 'Call Ana instead.';
const JOURNAL_TEXT = 'The message I did not send';

interface Bundle {
  people: { name: string; profiles: { target: { handle?: string } }[] }[];
  plan: { text?: string };
  settings: object;
  removed: Record<string, number>;
}

/** What sync storage holds, read back the way any of her computers would: meta, then the JSON in slices. */
async function readSynced(tb: TestBrowser): Promise<{ bundle?: Bundle; keys: string[]; at: number }> {
  const items = await tb.evalInExtension(async (api) =>
    (api.storage as unknown as { sync: { get(k: null): Promise<Record<string, unknown>> } }).sync.get(null),
  );
  const meta = items[META_KEY] as { n: number; at: number } | undefined;
  if (!meta) return { keys: Object.keys(items), at: 0 };
  const text = Array.from({ length: meta.n }, (_, i) => items[`nc.${i}`] as string).join('');
  return { bundle: JSON.parse(text) as Bundle, keys: Object.keys(items), at: meta.at };
}

const handles = (bundle: Bundle | undefined) =>
  bundle?.people.flatMap((p) => p.profiles.map((pr) => pr.target.handle)).sort() ?? [];

const listed = (page: Page) =>
  page.$$eval('[data-testid="blocked-profile"] .profile-label', (els) => els.map((el) => el.textContent));

describe.each(BROWSERS)('sync in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    ({ site, tb } = await startSession(name));
    await tb.seedStorage({
      people: peopleWith([instagram('exname')]),
      plan: { text: PLAN },
      journal: [{ id: 'j1', at: Date.now(), text: JOURNAL_TEXT }],
    });
    await waitForRules(tb, ['exname']);
  });

  afterAll(() => endSession({ site, tb }));

  it('is off until she turns it on, then carries her list and plan but not her journal', async () => {
    expect((await readSynced(tb)).bundle).toBeUndefined();
    await tb.openExtensionPage('options.html');
    await (await field(tb.page, "Keep people, profiles, plan and settings in this browser's sync")).click();
    expect(await waitForText(tb.page, '[data-testid="sync-status"]')).toBe('Sync is on.');
    await (await tb.page.$('.sync'))?.scrollIntoView();
    await tb.screenshot(tb.page, 'options-sync-on');
    await expect
      .poll(async () => handles((await readSynced(tb)).bundle), { timeout: 10_000 })
      .toEqual(['exname']);
    const { bundle, keys } = await readSynced(tb);
    expect(bundle?.plan.text).toBe(PLAN);
    expect(keys.every((k) => k.startsWith('nc.'))).toBe(true);
    expect(JSON.stringify(bundle)).not.toContain(JOURNAL_TEXT);
    // Still here, on this device only.
    expect(JSON.stringify((await tb.readStorage()).journal)).toContain(JOURNAL_TEXT);
  });

  it('takes a profile another computer added, keeps hers, and blocks it here too', async () => {
    const { bundle, at } = await readSynced(tb);
    if (!bundle) throw new Error('nothing synced');
    const friend = {
      id: 'p-other-computer',
      name: 'His friend',
      paused: false,
      profiles: [
        {
          id: 'pr-other',
          target: instagram('sam.rivers_'),
          input: 'sam.rivers_',
          addedAt: at,
          paused: false,
        },
      ],
    };
    const other = { ...bundle, people: [...bundle.people, friend] };
    // The other computer's copy writes the slices, then the meta that makes them current.
    await tb.evalInExtension(
      async (api, text, meta) =>
        (api.storage as unknown as { sync: { set(v: object): Promise<void> } }).sync.set({
          'nc.0': text,
          'nc.meta': meta,
        }),
      JSON.stringify(other),
      { v: 1, n: 1, at: at + 60_000 },
    );
    await tb.page.bringToFront();
    await expect.poll(() => listed(tb.page), { timeout: 10_000 }).toHaveLength(2);
    expect((await listed(tb.page)).join(' ')).toMatch(/@exname.*@sam\.rivers_|@sam\.rivers_.*@exname/);

    await waitForRules(tb, ['sam.rivers_']);
    site.clearRequests();
    await tb.navigate(tb.page, 'https://www.instagram.com/sam.rivers_/');
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(site.requestsTo('www.instagram.com', '/sam.rivers_')).toEqual([]);
  });
});
