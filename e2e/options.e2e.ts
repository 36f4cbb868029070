// The options page as she uses it: adding by paste, errors, the commitment delay (cancel, and taking effect),
// her plan reaching the interstitial and popup, and her data out to a file and back.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import { daysAgo } from './harness/dates';
import type { FakeSite } from './harness/fake-site';
import { isInterstitial } from './harness/interstitial';
import { ARTIFACTS_DIR } from './harness/paths';
import { endSession, startSession } from './harness/session';
import { button, field, pickDate, typeInto, waitForText } from './harness/ui';

const profiles = (page: Page) =>
  page.$$eval('[data-testid="blocked-profile"] .profile-label', (els) => els.map((el) => el.textContent));

async function clickByLabel(page: Page, label: string): Promise<void> {
  const handle = await page.waitForSelector(`button[aria-label="${label}"]`, { timeout: 10_000 });
  await handle?.click();
}

/** The text the page handed to a download: `URL.createObjectURL` is watched for the blob. */
async function captureExport(page: Page): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { __exported?: Blob };
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      w.__exported = blob;
      return original(blob);
    };
  });
  await (await button(page, 'Export to a file')).click();
  await page.waitForFunction(() => !!(window as unknown as { __exported?: Blob }).__exported, {
    timeout: 10_000,
  });
  return page.evaluate(() => (window as unknown as { __exported: Blob }).__exported.text());
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  const dir = join(ARTIFACTS_DIR, 'files');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, text);
  const input = (await field(page, 'Import from a file')) as unknown as {
    uploadFile(p: string): Promise<void>;
  };
  await input.uploadFile(path);
}

describe.each(BROWSERS)('options page in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    ({ site, tb } = await startSession(name));
  });

  afterAll(() => endSession({ site, tb }));

  // The storage helpers work in a tab of their own; bring the tab under test back before driving or shooting it.
  const readStorage = async () => {
    const items = await tb.readStorage();
    await tb.page.bringToFront();
    return items;
  };
  const seedStorage = async (items: Record<string, unknown>) => {
    await tb.seedStorage(items);
    await tb.page.bringToFront();
  };

  it('adds a pasted profile and shows what was recognised', async () => {
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Profile link', 'https://www.instagram.com/sam.rivers_/');
    expect(await waitForText(tb.page, '[data-testid="recognised"]')).toMatch(
      /^Recognised: Instagram · @sam\.rivers_ — also covers .*m\.instagram\.com/,
    );
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '[data-testid="profile-status"]')).toMatch(
      /^Added: Instagram · @sam\.rivers_/,
    );
    expect(await profiles(tb.page)).toEqual(['Instagram · @sam.rivers_']);
  });

  it('shows an announced error for something that is not a profile', async () => {
    await typeInto(tb.page, 'Profile link', 'https://www.instagram.com/p/Cabc123/');
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '#profile-link-error[role="alert"]')).toMatch(/post, not a profile/);
    const input = await field(tb.page, 'Profile link');
    expect(await input.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
  });

  it('refuses a duplicate', async () => {
    await typeInto(tb.page, 'Profile link', 'm.instagram.com/sam.rivers_');
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '[role="alert"]')).toBe(
      'Instagram · @sam.rivers_ is already on your list.',
    );
    expect(await profiles(tb.page)).toEqual(['Instagram · @sam.rivers_']);
  });

  it('makes a removal wait, and cancelling it keeps the profile', async () => {
    await clickByLabel(tb.page, 'Remove Instagram · @sam.rivers_');
    expect(await waitForText(tb.page, '[data-testid="pending-note"]')).toMatch(
      /^Removal pending — takes effect \S+ \d\d:\d\d/,
    );
    expect(((await readStorage()).pending as unknown[]).length).toBe(1);
    await tb.screenshot(tb.page, 'options-pending');
    await clickByLabel(tb.page, 'Cancel: Remove Him — Instagram · @sam.rivers_');
    await tb.page.waitForFunction(() => !document.querySelector('[data-testid="pending-note"]'));
    expect(await waitForText(tb.page, '[data-testid="pending-status"]')).toBe(
      'Cancelled. Everything stays as it was.',
    );
    await tb.screenshot(tb.page, 'options-pending-cancelled');
    expect((await readStorage()).pending).toEqual([]);
    expect(await profiles(tb.page)).toEqual(['Instagram · @sam.rivers_']);
  });

  it('applies a removal once the delay has passed (a 3-second test delay)', async () => {
    await typeInto(tb.page, 'Profile link', 'x.com/shortdelay');
    await tb.page.keyboard.press('Enter');
    await waitForText(tb.page, '[data-testid="blocked-profile"]', /shortdelay/);
    const { settings } = await readStorage();
    await seedStorage({ settings: { ...(settings as object), delayHours: 3 / 3600 } });
    await clickByLabel(tb.page, 'Remove X · @shortdelay');
    await waitForText(tb.page, '[data-testid="pending-note"]');
    expect(await profiles(tb.page)).toContain('X · @shortdelay');
    await tb.page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.profile-label')].some((el) =>
          el.textContent?.includes('shortdelay'),
        ),
      { timeout: 15_000 },
    );
    expect((await readStorage()).pending).toEqual([]);
    await tb.navigate(tb.page, 'https://x.com/shortdelay');
    expect(await tb.currentUrl(tb.page)).toBe('https://x.com/shortdelay');
    const after = await readStorage();
    await seedStorage({ settings: { ...(after.settings as object), delayHours: 24 } });
  });

  it('saves her plan and "No contact since", shown on the interstitial and in the popup', async () => {
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Your plan', 'Call Ana.\nWalk by the river.');
    await pickDate(tb.page, 'No contact since', daysAgo(6));
    await (await button(tb.page, 'Save')).click();
    await waitForText(tb.page, '[role="status"]', /^Saved\.$/);
    await typeInto(tb.page, 'Reasons', 'I deserve calm');
    await typeInto(tb.page, "Friend's name", 'Ana');
    await typeInto(tb.page, "Friend's phone or link", '+34 600 000 000');
    await (await button(tb.page, 'Save reasons and friend')).click();

    await tb.navigate(tb.page, 'https://www.instagram.com/sam.rivers_/');
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(await waitForText(tb.page, '[data-testid="plan-text"]')).toBe('Call Ana.\nWalk by the river.');
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/^6\s*days without contact/);
    await tb.openExtensionPage('popup.html');
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/^6\s*days/);
  });

  it('exports to a file and imports it back without losing anything', async () => {
    await tb.openExtensionPage('options.html');
    await field(tb.page, 'Profile link');
    const exported = await captureExport(tb.page);
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'no-contact', version: 2 });
    const before = await readStorage();

    await tb.evalInExtension((api) => api.storage.local.remove(['people', 'plan', 'events', 'journal']));
    await tb.page.bringToFront();
    await tb.openExtensionPage('options.html');
    await chooseFile(tb.page, 'export.json', exported);
    expect(await waitForText(tb.page, '[data-testid="import-preview"]')).toMatch(/1 profile will be added/);
    await tb.screenshot(tb.page, 'options-import-preview');
    await (await button(tb.page, 'Import')).click();
    await waitForText(tb.page, '[data-testid="import-status"]', /Imported/);

    const again = JSON.parse(await captureExport(tb.page));
    expect({ ...again, exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
    const after = await readStorage();
    for (const key of ['people', 'plan', 'events'] as const)
      expect([key, after[key]]).toEqual([key, before[key]]);
    expect(await profiles(tb.page)).toEqual(['Instagram · @sam.rivers_']);
  });

  it.each([
    ['malformed JSON', '{"format": "no-contact", "version": 1,', /can't be read/],
    ['a newer version', JSON.stringify({ format: 'no-contact', version: 9 }), /newer version/],
    ['a wrong type', JSON.stringify({ format: 'no-contact', version: 1, people: 'sam' }), /isn't right/],
  ])('rejects %s and changes nothing', async (_, text, message) => {
    await tb.openExtensionPage('options.html');
    const before = await readStorage();
    await chooseFile(tb.page, 'bad.json', text);
    expect(await waitForText(tb.page, '#import-error[role="alert"]')).toMatch(message);
    expect(await tb.page.$('[data-testid="import-preview"]')).toBeNull();
    expect(await readStorage()).toEqual(before);
  });

  it('takes screenshots: light and dark, 360 px and desktop', async () => {
    await tb.openExtensionPage('options.html');
    await field(tb.page, 'Profile link');
    for (const scheme of ['light', 'dark'] as const) {
      try {
        await tb.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      } catch {
        // Firefox over WebDriver BiDi cannot emulate the colour scheme: its shots are light only.
        if (scheme === 'dark') break;
      }
      for (const [label, width] of [
        ['360', 360],
        ['desktop', 1280],
      ] as const) {
        await tb.page.setViewport({ width, height: 900 });
        await mkdir(ARTIFACTS_DIR, { recursive: true });
        await tb.page.screenshot({
          path: join(ARTIFACTS_DIR, `${name}-options-${scheme}-${label}.png`) as `${string}.png`,
          fullPage: true,
        });
      }
    }
    const overflow = await tb.page.evaluate(() => {
      const w = document.documentElement;
      return w.scrollWidth - w.clientWidth;
    });
    expect(overflow).toBe(0);
    await tb.page.emulateMediaFeatures([]).catch(() => undefined);
  });
});
