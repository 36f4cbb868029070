// The core loop as she lives it: add his profile in the options page, then every way of reaching it shows her
// plan and streak instead, while everything else loads as usual.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, type TestBrowser } from './harness/browsers';
import { daysAgo } from './harness/dates';
import type { FakeSite } from './harness/fake-site';
import { isInterstitial } from './harness/interstitial';
import { endSession, startSession } from './harness/session';
import { button, field, pickDate, typeInto, WAIT, waitForText } from './harness/ui';

const PROFILE = 'https://www.instagram.com/exname/';

describe.each(BROWSERS)('core loop in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    ({ site, tb } = await startSession(name));
  });

  afterAll(() => endSession({ site, tb }));

  beforeEach(() => site.clearRequests());

  it.each(['hello', 'ftp://x'])('refuses "%s" with an announced error and adds nothing', async (input) => {
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Profile link', input);
    await tb.page.keyboard.press('Enter');
    const alert = await waitForText(tb.page, '[role="alert"]');
    expect(alert.length).toBeGreaterThan(10);
    expect(
      await (await field(tb.page, 'Profile link')).evaluate((el) => el.getAttribute('aria-invalid')),
    ).toBe('true');
    expect((await tb.readStorage()).people ?? []).toEqual([]);
  });

  it('adds his profile from the options page with Enter', async () => {
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Profile link', PROFILE);
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '[data-testid="blocked-profile"]')).toMatch(/Instagram · @exname/);
    await tb.screenshot(tb.page, 'options-with-profile');
  });

  it('shows the interstitial for a typed URL before any request reaches the profile', async () => {
    const started = Date.now();
    await tb.navigate(tb.page, PROFILE);
    const href = await tb.waitForUrl(tb.page, isInterstitial);
    const elapsed = Date.now() - started;
    console.info(`[${name}] typed URL → interstitial: ${elapsed} ms`);
    expect(href.endsWith(`#${PROFILE}`)).toBe(true);
    expect(await waitForText(tb.page, '[data-testid="plan-text"]')).toMatch(/Patience and a plan/);
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/without contact/);
    expect(site.requestsTo('www.instagram.com', '/exname')).toEqual([]);
    await tb.screenshot(tb.page, 'interstitial');
  });

  it('records each interception as an urge', async () => {
    const urges = async () =>
      (((await tb.readStorage()).events ?? []) as { type: string }[]).filter((e) => e.type === 'urge').length;
    const before = await urges();
    await tb.navigate(tb.page, 'https://m.instagram.com/exname/');
    await tb.waitForUrl(tb.page, isInterstitial);
    await waitForText(tb.page, '[data-testid="plan-text"]');
    // The page shows her plan before the urge's write lands (it waits its turn to change her record).
    await expect.poll(urges, WAIT).toBe(before + 1);
  });

  it('lets a look-alike handle and the home page load', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/exnamesake/');
    expect(await tb.currentUrl(tb.page)).toBe('https://www.instagram.com/exnamesake/');
    expect(await waitForText(tb.page, 'h1')).toBe('PROFILE exnamesake');
    await tb.navigate(tb.page, 'https://www.instagram.com/');
    expect(await waitForText(tb.page, 'h1')).toBe('HOME www.instagram.com');
  });

  it('catches an in-page pushState to the profile', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/spa?to=/exname/');
    await tb.page.waitForSelector('#push');
    await tb.page.click('#push');
    const href = await tb.waitForUrl(tb.page, isInterstitial);
    expect(href).toContain('exname');
    expect(site.requestsTo('www.instagram.com', '/exname')).toEqual([]);
  });

  it('takes her away with "Go back"', async () => {
    await tb.navigate(tb.page, 'https://www.instagram.com/');
    await tb.navigate(tb.page, PROFILE);
    await tb.waitForUrl(tb.page, isInterstitial);
    await (await button(tb.page, 'Go back')).click();
    const href = await tb.waitForUrl(tb.page, (h) => !isInterstitial(h));
    expect(href).not.toContain('exname');
  });

  it('shows her plan and the streak since "No contact since" on the interstitial and in the popup', async () => {
    const since = daysAgo(10);
    await tb.openExtensionPage('options.html');
    await typeInto(tb.page, 'Your plan', 'Call Ana instead.\nWalk by the river.');
    await pickDate(tb.page, 'No contact since', since);
    await (await button(tb.page, 'Save')).click();
    await waitForText(tb.page, '[role="status"]', /Saved/);

    await tb.navigate(tb.page, PROFILE);
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(await waitForText(tb.page, '[data-testid="plan-text"]')).toBe(
      'Call Ana instead.\nWalk by the river.',
    );
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/^10\s*days without contact/);

    await tb.openExtensionPage('popup.html');
    await tb.page.waitForSelector('[data-testid="streak-days"][data-days="10"]');
    expect(await waitForText(tb.page, '[data-testid="streak-days"]')).toMatch(/^10\s*days$/);
    await tb.screenshot(tb.page, 'popup');
  });
});
