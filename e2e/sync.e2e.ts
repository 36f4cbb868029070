// Sync across two of her browsers in one run, storage.sync copied from one to the other as the browser's own
// sync would carry it. Turning sync on in the options page puts her list, plan and settings there, and the
// part of her record her streak comes from ("No contact since", contacts, slips, urges as counts per day),
// never her journal. "No contact since" set on the first shows on the second; "I contacted him" on the second
// restarts the count on the first, which recalls her best; a profile on her list is blocked on both. Sync data
// that cannot be read is left alone, with a line in options, and the record stays as it was.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instagram, peopleWith, waitForRules } from './harness/blocklist';
import type { BrowserName, TestBrowser } from './harness/browsers';
import { launchBrowser } from './harness/browsers';
import { daysAgo } from './harness/dates';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import { FIREFOX_SITE_PORT } from './harness/firefox';
import { isInterstitial } from './harness/interstitial';
import { button, field, pickDate, typeInto, waitForText } from './harness/ui';

const PLAN = 'Call Ana instead.';
const JOURNAL_TEXT = 'The message I did not send';
const SYNC_LABEL = "Keep people, profiles, plan, settings and your streak in this browser's sync";

type SyncItems = Record<string, unknown>;
interface SyncApi {
  sync: {
    get(k: null): Promise<SyncItems>;
    set(v: SyncItems): Promise<void>;
    remove(k: string[]): Promise<void>;
  };
}

/** What sync storage holds on a browser. */
const syncItems = (tb: TestBrowser) =>
  tb.evalInExtension((api) => (api.storage as unknown as SyncApi).sync.get(null));

/** The shared record in sync storage, read as any of her browsers would: meta, then the text in slices. */
async function syncedRecord(tb: TestBrowser): Promise<{ e: (string | number)[][] } | undefined> {
  const items = await syncItems(tb);
  const meta = items['nc.r.meta'] as { n: number } | undefined;
  if (!meta) return undefined;
  return JSON.parse(Array.from({ length: meta.n }, (_, i) => items[`nc.r.${i}`] as string).join(''));
}

/** The events of one kind in the synced record, by the first letter of their ids (n: start, c: contact). */
const synced = async (tb: TestBrowser, letter: string) =>
  ((await syncedRecord(tb))?.e ?? []).filter((tuple) => String(tuple[0]).startsWith(letter));

/** What the browser's sync does: the other browser's storage.sync becomes the same, item by item. */
async function carrySync(from: TestBrowser, to: TestBrowser): Promise<void> {
  const items = await syncItems(from);
  await to.evalInExtension(async (api, next) => {
    const sync = (api.storage as unknown as SyncApi).sync;
    const gone = Object.keys(await sync.get(null)).filter((key) => !(key in next));
    if (gone.length > 0) await sync.remove(gone);
    await sync.set(next);
  }, items);
}

async function turnSyncOn(tb: TestBrowser): Promise<void> {
  await tb.openExtensionPage('options.html');
  await (await field(tb.page, SYNC_LABEL)).click();
  expect(await waitForText(tb.page, '[data-testid="sync-status"]')).toBe('Sync is on.');
}

async function openPopup(tb: TestBrowser): Promise<Page> {
  await tb.openExtensionPage('popup.html');
  await tb.page.waitForSelector('[data-testid="popup-stats"]:not(.is-pending)');
  return tb.page;
}

const shownDays = (page: Page) =>
  page.$eval('[data-testid="streak-days"]', (el) => el.getAttribute('data-days')).catch(() => null);

/** Both browsers' pairs: two of the same (her laptop and her phone), and one of each. */
const PAIRS: [BrowserName, BrowserName][] = [
  ['chromium', 'chromium'],
  ['firefox', 'firefox'],
  ['chromium', 'firefox'],
];

describe.each(PAIRS)('one record across %s and %s', (firstName, secondName) => {
  let site: FakeSite;
  let first: TestBrowser;
  let second: TestBrowser;

  beforeAll(async () => {
    // Firefox reaches the fake site only on 443; Chromium maps every host to whatever port it has.
    const port = [firstName, secondName].includes('firefox') ? FIREFOX_SITE_PORT : 0;
    site = await startFakeSite({ port });
    first = await launchBrowser(firstName, { site });
    await first.waitForExtensionReady();
    second = await launchBrowser(secondName, { site });
    await second.waitForExtensionReady();
    await first.seedStorage({ people: peopleWith([instagram('exname')]), plan: { text: PLAN } });
    await waitForRules(first, ['exname']);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await site?.close();
  });

  it('is off until she turns it on, and says the journal stays on each browser', async () => {
    expect(await syncItems(first)).toEqual({});
    await turnSyncOn(first);
    expect(await waitForText(first.page, '#sync-hint')).toMatch(
      /Your journal and your answers about last time stay on this device\.$/,
    );
    await (await first.page.$('.sync'))?.scrollIntoView();
    await first.screenshot(first.page, 'sync-on');
    await turnSyncOn(second);
    await expect.poll(async () => (await syncItems(first))['nc.meta'], { timeout: 10_000 }).toBeTruthy();
  });

  it('"No contact since" ten days ago on the first: the second shows 10 days, her list and plan', async () => {
    await first.openExtensionPage('options.html');
    await pickDate(first.page, 'No contact since', daysAgo(10));
    await (await button(first.page, 'Save')).click();
    await waitForText(first.page, '[role="status"]', /^Saved\.$/);
    await expect
      .poll(async () => (await synced(first, 'n')).map((t) => t[2]), { timeout: 10_000 })
      .toContain(daysAgo(10));

    await carrySync(first, second);
    const popup = await openPopup(second);
    await expect.poll(() => shownDays(popup), { timeout: 10_000 }).toBe('10');
    await second.screenshot(popup, 'sync-second-10-days');

    // Her list came too: his profile is blocked on the second, before any request, with her plan.
    await waitForRules(second, ['exname']);
    site.clearRequests();
    await second.navigate(second.page, 'https://www.instagram.com/exname/');
    await second.waitForUrl(second.page, isInterstitial);
    expect(await waitForText(second.page, '[data-testid="plan-text"]')).toBe(PLAN);
    expect(await waitForText(second.page, '[data-testid="streak-days"]')).toMatch(/^10\s*days/);
    expect(site.requestsTo('www.instagram.com', '/exname')).toEqual([]);
  });

  it('"I contacted him" on the second: the first shows day 0, her best of 10, and the urge turned back there', async () => {
    const popup = await openPopup(second);
    await (await popup.waitForSelector('.contact-open'))?.click();
    await (await popup.waitForSelector('.contact-form button[type="submit"]'))?.click();
    expect(await waitForText(popup, '[data-testid="contact-after"]')).toMatch(/^Your best was 10 days\./);
    await expect.poll(async () => (await synced(second, 'c')).length, { timeout: 10_000 }).toBe(1);

    await carrySync(second, first);
    const back = await openPopup(first);
    await expect.poll(() => shownDays(back), { timeout: 10_000 }).toBe('0');
    expect(await waitForText(back, '[data-testid="best-streak"]')).toBe('Your best so far: 10 days');
    // The urge the second turned back on its way to his profile, counted here from its tally.
    expect(await waitForText(back, '[data-testid="urges-today"]')).toBe('1 urge resisted today');
    await first.screenshot(back, 'sync-first-after-contact');
  });

  it('never carries a journal entry written on the first', async () => {
    await first.navigate(first.page, 'https://www.instagram.com/exname/');
    await first.waitForUrl(first.page, isInterstitial);
    await (await button(first.page, 'Write it instead')).click();
    await typeInto(first.page, 'What you want to say to him', JOURNAL_TEXT);
    await (await button(first.page, 'Keep it in my journal')).click();
    await waitForText(first.page, '[data-testid="write"] [role="status"]', /Kept in your journal/);
    // The urge of that visit is synced (the first's own tally, now with today's urge); the entry is not.
    await expect.poll(async () => (await synced(first, 't')).length, { timeout: 10_000 }).toBe(2);
    await carrySync(first, second);
    for (const tb of [first, second]) expect(JSON.stringify(await syncItems(tb))).not.toContain(JOURNAL_TEXT);
    expect(JSON.stringify((await first.readStorage()).journal)).toContain(JOURNAL_TEXT);
    expect(JSON.stringify((await second.readStorage()).journal ?? [])).not.toContain(JOURNAL_TEXT);
  });

  it('leaves sync data it cannot read alone, says so in options, and keeps the record here', async () => {
    const before = await shownDays(await openPopup(second));
    // A slice from another write (the browser's sync delivers items one by one): the text no longer matches.
    await second.evalInExtension(async (api) => {
      const sync = (api.storage as unknown as SyncApi).sync;
      const items = await sync.get(null);
      await sync.set({ 'nc.r.0': `${items['nc.r.0'] as string} ` });
    });
    await second.openExtensionPage('options.html');
    expect(await waitForText(second.page, '[data-testid="sync-notice"]')).toBe(
      "Some sync data from your other browsers couldn't be read; it may still be on its way. Nothing here was changed and your record on this browser is safe.",
    );
    await (await second.page.$('.sync'))?.scrollIntoView();
    await second.screenshot(second.page, 'sync-unreadable');
    expect(await shownDays(await openPopup(second))).toBe(before);
  });
});
