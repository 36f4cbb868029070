/**
 * What the in-page script costs a platform page that is not on her list: first contentful paint of the same page
 * on a platform host (the extension's content script runs there) and on a neutral host (nothing of the extension
 * runs), inside one browser, alternating; the median of the pair ratios platform/neutral is the cost. The same
 * figure from a browser without the extension is the control: what the method itself reads when there is nothing
 * to find. Two browser instances differ by several per cent on their own, which is why the comparison is made
 * inside one.
 */
import type { Page } from 'puppeteer-core';
import { instagram, peopleWith, waitForRules } from '../e2e/harness/blocklist';
import { type BrowserName, launchBrowser, sitePortFor, type TestBrowser } from '../e2e/harness/browsers';
import { startFakeSite } from '../e2e/harness/fake-site';

export const PAIRS = Number(process.env.BENCH_PAIRS ?? 61);
const WARM_UP = 3;
export const PLATFORM_HOST = 'www.instagram.com';
export const NEUTRAL_HOST = 'neutral.example.org';

export interface CostPage {
  id: string;
  label: string;
  path: string;
}

export const COST_PAGES: readonly CostPage[] = [
  { id: 'look-alike', label: 'look-alike profile (/exnamesake/)', path: '/exnamesake/' },
  { id: 'feed', label: '300-post feed page', path: '/feed?posts=300' },
];

/**
 * The same pages, cross-origin isolated (the fake site's `?isolated`: COOP and COEP headers, on both hosts alike).
 * Not isolated, Chromium reports first contentful paint in 4 ms steps, so at ~50 ms a median of ratios can only
 * land on a few values (1.00, 1.08, …); isolated, both browsers report it finely, which shows a cost of a few per
 * cent that the steps hide or inflate. Both readings are printed; the goal holds for both.
 */
const fineTiming = (p: CostPage): CostPage => ({
  id: `${p.id}-isolated`,
  label: `${p.label}, fine timing`,
  path: `${p.path}${p.path.includes('?') ? '&' : '?'}isolated`,
});

/** `pages` as `npm run bench` reads them: plain, then fine timing (`BENCH_PAINT=plain` or `fine` for one only). */
export function paintReadings(pages: readonly CostPage[]): CostPage[] {
  if (process.env.BENCH_PAINT === 'plain') return [...pages];
  if (process.env.BENCH_PAINT === 'fine') return pages.map(fineTiming);
  return [...pages, ...pages.map(fineTiming)];
}

/** What the paint bench measures. */
export const PAINT_PAGES: readonly CostPage[] = paintReadings(COST_PAGES);

export interface Spread {
  median: number;
  /** 25th and 75th percentiles. */
  low: number;
  high: number;
}

export interface PageCost {
  page: CostPage;
  /** Platform/neutral first-contentful-paint ratio, over the pairs. */
  ratio: Spread;
  platformMs: number;
  neutralMs: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const at = (q: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? Number.NaN;
  return { median: at(0.5), low: at(0.25), high: at(0.75) };
}

/** First contentful paint of the document now in `page`, once the browser has reported it. */
export async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    { timeout: 5_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Loads `url` and returns its first contentful paint. The page is not on her list, so nothing redirects it and
 * Puppeteer's own navigation can wait for `load` in both browsers: no polling of the page while it loads.
 */
async function load(tb: TestBrowser, url: string): Promise<number> {
  await tb.page.goto(url, { waitUntil: 'load' });
  return firstContentfulPaint(tb.page);
}

/** Pairs of loads of `page` on the platform host and on the neutral host, the order alternating. */
export async function measurePage(tb: TestBrowser, page: CostPage, pairs = PAIRS): Promise<PageCost> {
  const ratios: number[] = [];
  const platform: number[] = [];
  const neutral: number[] = [];
  const sep = page.path.includes('?') ? '&' : '?';
  for (let i = -WARM_UP; i < pairs; i++) {
    const urls = [PLATFORM_HOST, NEUTRAL_HOST].map((h) => `https://${h}${page.path}${sep}r=${i + WARM_UP}`);
    const first = i % 2 === 0 ? 0 : 1;
    const a = await load(tb, urls[first] as string);
    const b = await load(tb, urls[1 - first] as string);
    if (i < 0) continue;
    const [p, n] = first === 0 ? [a, b] : [b, a];
    platform.push(p);
    neutral.push(n);
    ratios.push(p / n);
  }
  return {
    page,
    ratio: spread(ratios),
    platformMs: spread(platform).median,
    neutralMs: spread(neutral).median,
  };
}

export interface BrowserCost {
  browser: BrowserName;
  /** With the extension, one profile on her list. */
  extension: PageCost[];
  /** The same browser without the extension. */
  control: PageCost[];
}

/**
 * Her list for the in-page guard's figures: one profile, its person not hidden from her feeds (peopleWith), so the
 * feed folder is not registered and only the guard runs (bench/feed-fold-cost.ts measures folding).
 */
export const GUARD_ONLY = (): unknown[] => peopleWith([instagram('exname')]);

export async function withBrowser<T>(
  name: BrowserName,
  bare: boolean,
  run: (tb: TestBrowser) => Promise<T>,
  people: unknown[] = GUARD_ONLY(),
): Promise<T> {
  const site = await startFakeSite({ port: sitePortFor(name) });
  const tb = await launchBrowser(name, { site, ...(bare ? { extensionDir: null } : {}) });
  try {
    if (!bare) {
      await tb.waitForExtensionReady();
      await tb.seedStorage({ people });
      await waitForRules(tb, ['exname']);
    }
    await tb.page.bringToFront();
    return await run(tb);
  } finally {
    await tb.close();
    await site.close();
  }
}

/** `pages` one after another, pairs inside one browser (measurePage). */
export async function measurePages(tb: TestBrowser, pages: readonly CostPage[]): Promise<PageCost[]> {
  const out: PageCost[] = [];
  for (const page of pages) out.push(await measurePage(tb, page));
  return out;
}

export async function measureBrowser(name: BrowserName, pages = PAINT_PAGES): Promise<BrowserCost> {
  const each = (tb: TestBrowser) => measurePages(tb, pages);
  const extension = await withBrowser(name, false, each);
  const control = await withBrowser(name, true, each);
  return { browser: name, extension, control };
}

const f2 = (x: number) => x.toFixed(2);
const range = (s: Spread) => `${f2(s.median)} (${f2(s.low)}–${f2(s.high)})`;

export function formatCosts(results: readonly BrowserCost[]): string {
  const lines = [
    `\nPaint cost on platform pages not on her list (first contentful paint, platform host / neutral host, ` +
      `median of ${PAIRS} pairs, quartiles in brackets)\n`,
    '| browser | page | with No Contact | control (no extension) | FCP platform / neutral ms (with) |',
    '|---|---|---|---|---|',
  ];
  for (const r of results) {
    r.extension.forEach((e, i) => {
      const c = r.control[i];
      lines.push(
        `| ${r.browser} | ${e.page.label} | ${range(e.ratio)} | ${c ? range(c.ratio) : 'n/a'} | ` +
          `${e.platformMs.toFixed(0)} / ${e.neutralMs.toFixed(0)} |`,
      );
    });
  }
  return lines.join('\n');
}

export async function runPaintCostBench(browsers: readonly BrowserName[]): Promise<BrowserCost[]> {
  const results: BrowserCost[] = [];
  for (const name of browsers) results.push(await measureBrowser(name));
  console.log(formatCosts(results));
  return results;
}
