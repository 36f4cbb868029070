// The welcome page as she meets it: opened by the extension on install, six steps saved as she goes, and at
// the end his profiles blocked, her streak counting from the day she chose and her plan on the interstitial.
// Skipping it leaves a working default. Also: axe finds nothing, and the welcome page, interstitial, options
// and popup fit a 360 px phone with touch-sized targets.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { BROWSERS, type BrowserName, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { daysAgo } from './harness/dates';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import { isInterstitial } from './harness/interstitial';
import { ARTIFACTS_DIR } from './harness/paths';
import { button, field, pickDate, typeInto, waitForText } from './harness/ui';

const INSTAGRAM = 'https://www.instagram.com/sam.rivers_/';
const X = 'https://x.com/samrivers';
const PLAN = 'Call Ana instead.\nWalk by the river.';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** The step heading, once it reads `title`. */
const stepHeading = (page: Page, title: string) =>
  waitForText(page, 'h2#welcome-step-heading', new RegExp(`^${title}$`));

async function next(page: Page, title: string): Promise<void> {
  await (await button(page, 'Next')).click();
  await stepHeading(page, title);
  // The focus follows her to the new step's heading.
  await page.waitForFunction(() => document.activeElement?.id === 'welcome-step-heading', {
    timeout: 10_000,
  });
}

/** Resolves once the extension has a tab open on welcome.html (it opens one itself on install). */
function waitForWelcomeTab(tb: TestBrowser): Promise<boolean> {
  return tb.evalInExtension(
    (api) =>
      new Promise<boolean>((resolve) => {
        const tabs = (api as unknown as { tabs: TabsApi }).tabs;
        const check = async () => {
          const open = await tabs.query({});
          if (open.some((t) => t.url?.endsWith('/welcome.html'))) {
            tabs.onUpdated.removeListener(check);
            resolve(true);
          }
        };
        tabs.onUpdated.addListener(check);
        void check();
      }),
  );
}

interface TabsApi {
  query(info: object): Promise<{ url?: string }[]>;
  onUpdated: { addListener(fn: () => void): void; removeListener(fn: () => void): void };
}

/**
 * Sideways scroll at 360 px, and buttons, links and fields under 44 px tall (a checkbox counts with its
 * label, which is part of its target), on the page as it is.
 */
async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > 360) problems.push(`scrolls sideways: ${doc.scrollWidth} px wide`);
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const boxes = [box];
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
        for (const label of el.labels ?? []) boxes.push(label.getBoundingClientRect());
      const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      const name = (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '').slice(0, 40);
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
      if (height < 43.5) problems.push(`${what}: ${Math.round(height)} px tall`);
      if (box.right > 360.5) problems.push(`${what}: overflows`);
    }
    return problems;
  });
}

async function shoot(
  page: Page,
  browser: BrowserName,
  name: string,
  size: { width: number; height: number },
) {
  await page.setViewport(size);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS_DIR, `${browser}-${name}.png`) as `${string}.png`,
    fullPage: true,
  });
}

describe.each(BROWSERS)('welcome page in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;
  /** The welcome page: in Chromium the very tab the extension opened; Firefox is driven in its main tab. */
  let page: Page;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site });
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  it('opens on install', async () => {
    expect(await waitForWelcomeTab(tb)).toBe(true);
    if (name === 'chromium') {
      const target = await tb.browser.waitForTarget((t) => t.url() === `${tb.extensionUrl}welcome.html`, {
        timeout: 10_000,
      });
      page = (await target.page()) as Page;
      await page.bringToFront();
    } else {
      page = tb.page;
      await page.bringToFront();
      await tb.openExtensionPage('welcome.html', page);
    }
    await stepHeading(page, 'Whose profiles should we keep you from\\?');
    expect(await waitForText(page, '.welcome-progress p')).toBe('Step 1 of 6');
    expect(await page.title()).toBe('Welcome — No Contact');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('step 1: names him and recognises each pasted link', async () => {
    await page.setViewport(DESKTOP);
    await typeInto(page, 'Name', 'Sam');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'profile-link');
    await typeInto(page, 'Profile link', INSTAGRAM);
    expect(await waitForText(page, '[data-testid="recognised"]')).toMatch(
      /^Recognised: Instagram · @sam\.rivers_/,
    );
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid="welcome-profile"]', /^Instagram · @sam\.rivers_ ✓$/);
    await typeInto(page, 'Profile link', 'https://www.instagram.com/p/Cabc123/');
    await page.keyboard.press('Enter');
    expect(await waitForText(page, '#profile-link-error[role="alert"]')).toMatch(/post, not a profile/);
    await typeInto(page, 'Profile link', X);
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid="welcome-profile"]', /^X · @samrivers ✓$/);
    expect(await page.$$eval('.welcome-places .is-listed', (els) => els.map((el) => el.textContent))).toEqual(
      ['Instagram ✓ (added)', 'X ✓ (added)'],
    );
    await shoot(page, name, 'welcome-step1-desktop', DESKTOP);
    await shoot(page, name, 'welcome-step1-360', PHONE);
    expect(await phoneProblems(page)).toEqual([]);
  });

  it('steps 2 to 5: since when, her plan, her person, the back door — saved as she goes', async () => {
    await next(page, 'When did you last have contact\\?');
    const today = await (await field(page, 'No contact since')).evaluate((el) => el.value);
    expect(today).toBe(daysAgo(0));
    await pickDate(page, 'No contact since', daysAgo(5));
    await next(page, 'Your plan');
    expect(await (await field(page, 'Your plan')).evaluate((el) => el.value)).toMatch(/^Patience and a plan/);
    await typeInto(page, 'Your plan', PLAN);
    await typeInto(page, 'Goal (days)', '30');
    await shoot(page, name, 'welcome-plan-360', PHONE);
    expect(await phoneProblems(page)).toEqual([]);
    await next(page, 'Your person');
    await typeInto(page, "Friend's name", 'Ana');
    await typeInto(page, "Friend's phone or link", '+34 600 000 000');
    // Keyboard-first: Enter in a field is Next.
    await page.keyboard.press('Enter');
    await stepHeading(page, 'Close the back door');
    const status = await waitForText(page, '[data-testid="status-private"]', /^(?!Checking)/);
    expect(status).toMatch(
      name === 'chromium' ? /Details → turn on “Allow in Incognito”/ : /private windows|Private Windows/,
    );
    await (await button(page, 'Check again')).click();
    await waitForText(page, '.welcome-step [role="status"]', /^Checked\.$/);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name, 'welcome-backdoor-360', PHONE);
    expect(await phoneProblems(page)).toEqual([]);

    const stored = await tb.evalInExtension((api) => api.storage.local.get(['people', 'plan', 'events']));
    await page.bringToFront();
    const people = stored.people as { name: string; profiles: { target: object }[] }[];
    expect(people.map((p) => [p.name, p.profiles.map((pr) => pr.target)])).toEqual([
      [
        'Sam',
        [
          { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
          { kind: 'profile', platform: 'x', handle: 'samrivers' },
        ],
      ],
    ]);
    expect(stored.plan).toMatchObject({
      text: PLAN,
      goalDays: 30,
      friend: { name: 'Ana', link: '+34 600 000 000' },
    });
  });

  it('step 6: her streak from the chosen day, and "try it" shows the interstitial', async () => {
    await next(page, 'All set for now');
    expect(await page.$eval('[data-testid="streak-days"]', (el) => el.getAttribute('data-days'))).toBe('5');
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, name, 'welcome-done-desktop', DESKTOP);
    await shoot(page, name, 'welcome-done-360', PHONE);
    expect(await phoneProblems(page)).toEqual([]);
    site.clearRequests();
    await (await button(page, 'Try it: open Instagram · @sam.rivers_')).click();
    await tb.waitForUrl(page, isInterstitial);
    expect(await waitForText(page, '[data-testid="plan-text"]')).toBe(PLAN);
    expect(await waitForText(page, '[data-testid="streak-days"]')).toMatch(/^5\s*days without contact/);
    expect(site.requestsTo('www.instagram.com', '/sam.rivers_')).toEqual([]);
  });

  it('both profiles are intercepted, with her plan and streak', async () => {
    for (const url of [INSTAGRAM, X]) {
      await tb.navigate(page, url);
      await tb.waitForUrl(page, isInterstitial);
      expect(await waitForText(page, '[data-testid="plan-text"]')).toBe(PLAN);
      expect(await waitForText(page, '[data-testid="streak-days"]')).toMatch(/^5\s*days without contact/);
    }
    expect(site.requestsTo('x.com', '/samrivers')).toEqual([]);
    expect(site.requestsTo('www.instagram.com', '/sam.rivers_')).toEqual([]);
  });

  it.each([
    ['interstitial', `interstitial.html#${INSTAGRAM}`, '[data-testid="plan-text"]'],
    ['options', 'options.html', '#profile-link'],
    ['popup', 'popup.html', '[data-testid="streak-days"]'],
    ['welcome', 'welcome.html#step-1', '#profile-link'],
  ])('fits a 360 px phone: %s', async (pageName, path, ready) => {
    await page.setViewport(PHONE);
    await tb.openExtensionPage(path, page);
    await page.waitForSelector(ready, { timeout: 10_000 });
    await shoot(page, name, `phone-${pageName}-360`, PHONE);
    const problems = await phoneProblems(page);
    if (problems.length > 0) console.info(`[${name}] ${pageName} at 360 px:`, problems);
    expect(problems).toEqual([]);
  });
});

describe.each(BROWSERS)('skipping the welcome page in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site });
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  it('leaves a working default: settings reachable, and the popup asks for a profile', async () => {
    expect(await waitForWelcomeTab(tb)).toBe(true);
    const page = tb.page;
    await page.bringToFront();
    await tb.openExtensionPage('welcome.html', page);
    await stepHeading(page, 'Whose profiles should we keep you from\\?');
    await (await button(page, 'Skip for now')).click();
    await stepHeading(page, 'All set for now');
    expect(await waitForText(page, '[data-testid="welcome-empty"]')).toMatch(/^Nothing is blocked yet/);
    expect(await page.$('[data-testid="welcome-try"]')).toBeNull();
    await (await button(page, 'Open settings')).click();
    await tb.waitForUrl(page, (href) => href.endsWith('/options.html'));
    await field(page, 'Profile link');
    expect(await waitForText(page, 'a.button', /^Welcome \/ set-up guide$/)).toBeTruthy();
    await tb.openExtensionPage('popup.html', page);
    expect(await waitForText(page, '[data-warning="no-profiles"]')).toMatch(/No profiles yet — add one\./);
    const stored = await tb.readStorage();
    expect(stored.people ?? []).toEqual([]);
    expect(stored.meta).toMatchObject({ installDay: daysAgo(0) });
  });
});
