/**
 * What folding his posts costs where it runs (issue 17), with someone on her list hidden from her feeds:
 * - paint: first contentful paint of a 300-post feed page (one post in ten his, folded) on the platform host,
 *   where the feed folder and the in-page guard run, against the same page on a neutral host, pairs inside one
 *   browser (bench/paint-cost.ts), and the same pairs in a browser without the extension as the control;
 * - folding: main-thread time of the feed folder's own file while the page inserts 100 posts (ten of them his)
 *   and they are folded and counted, by each browser's profiler (bench/content-script-cost.ts), per insertion.
 */
import { instagram, peopleWith } from '../e2e/harness/blocklist';
import type { BrowserName, TestBrowser } from '../e2e/harness/browsers';
import { feedPosts } from '../e2e/harness/feed-pages';
import { mainThreadTimeIn } from './content-script-cost';
import {
  type CostPage,
  measurePages,
  type PageCost,
  PLATFORM_HOST,
  paintReadings,
  spread,
  withBrowser,
} from './paint-cost';

const FEED_FOLDER_FILE = 'feed-folder.js';
const INSERTS = Number(process.env.BENCH_FOLD_INSERTS ?? 20);
const HIS = { handle: 'exname', every: 10 };
/** Folded items are counted a moment after they fold (content/feed-fold.ts): that work is part of the cost. */
const COUNTED_AFTER_MS = 350;

export const FOLD_PAGE: CostPage = {
  id: 'feed-folding',
  label: '300-post feed, 1 post in 10 his, folding on',
  path: `/feed?posts=300&his=${HIS.handle}&every=${HIS.every}`,
};
/** The page plain and cross-origin isolated, where both browsers time first paint finely (paint-cost.ts). */
const FOLD_PAGES = paintReadings([FOLD_PAGE]);

export interface FoldCost {
  browser: BrowserName;
  /** Per page of FOLD_PAGES, with folding on and in a browser without the extension. */
  paint: PageCost[];
  control: PageCost[];
  /** Main-thread milliseconds of the feed folder per 100 inserted posts (quartiles over insertions). */
  foldMs: ReturnType<typeof spread>;
  foldedPerInsert: number;
}

/** Her list with his profile hidden from her feeds (the default for a person she adds). */
const folding = (): unknown[] =>
  peopleWith([instagram(HIS.handle)]).map((p) => ({ ...(p as object), hideFromFeeds: true }));

/** The feed folder is registered once the background has read her list: load the feed until it folds. */
async function untilFolding(tb: TestBrowser): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await tb.page.goto(`https://${PLATFORM_HOST}${FOLD_PAGE.path}&w=1`, { waitUntil: 'load' });
    if (await tb.page.evaluate(() => document.querySelector('[data-nc-folded]') !== null)) return;
    if (Date.now() > deadline) throw new Error('the feed folder never ran');
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Main-thread time of the feed folder per insertion of 100 posts, and how many of them it folded. */
async function foldCost(tb: TestBrowser): Promise<{ ms: number[]; folded: number }> {
  await tb.page.goto(`https://${PLATFORM_HOST}/feed?posts=10&his=${HIS.handle}&every=${HIS.every}`, {
    waitUntil: 'load',
  });
  const foldedNow = () => tb.page.evaluate(() => document.querySelectorAll('[data-nc-folded]').length);
  const before = await foldedNow();
  const ms: number[] = [];
  for (let i = 0; i < INSERTS; i++) {
    const html = feedPosts(100, 1000 * (i + 1), HIS);
    ms.push(
      await mainThreadTimeIn(tb, FEED_FOLDER_FILE, async () => {
        await tb.page.evaluate((posts) => {
          document.getElementById('feed')?.insertAdjacentHTML('beforeend', posts);
        }, html);
        await settle(COUNTED_AFTER_MS);
      }),
    );
  }
  return { ms, folded: ((await foldedNow()) - before) / INSERTS };
}

export async function measureFoldCost(name: BrowserName): Promise<FoldCost> {
  const withFolding = await withBrowser(
    name,
    false,
    async (tb) => {
      await untilFolding(tb);
      const paint = await measurePages(tb, FOLD_PAGES);
      const fold = await foldCost(tb);
      return { paint, fold };
    },
    folding(),
  );
  const control = await withBrowser(name, true, (tb) => measurePages(tb, FOLD_PAGES));
  return {
    browser: name,
    paint: withFolding.paint,
    control,
    foldMs: spread(withFolding.fold.ms),
    foldedPerInsert: withFolding.fold.folded,
  };
}

const f2 = (x: number) => x.toFixed(2);

export function formatFoldCosts(results: readonly FoldCost[]): string {
  const lines = [
    `\nFolding his posts, where it runs (bench/feed-fold-cost.ts): first contentful paint of ${FOLD_PAGE.label}, ` +
      'platform host / neutral host, median of pairs (quartiles); main-thread time of the feed folder per 100 ' +
      `inserted posts, ${INSERTS} insertions (quartiles)\n`,
    '| browser | page | paint, folding on | control (no extension) | FCP platform / neutral ms | fold 100 inserted posts, ms | folded per insertion |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const range = (s: ReturnType<typeof spread>) => `${f2(s.median)} (${f2(s.low)}–${f2(s.high)})`;
    r.paint.forEach((paint, i) => {
      const control = r.control[i];
      lines.push(
        `| ${r.browser} | ${paint.page.id} | ${range(paint.ratio)} | ${control ? range(control.ratio) : 'n/a'} | ` +
          `${paint.platformMs.toFixed(0)} / ${paint.neutralMs.toFixed(0)} | ${range(r.foldMs)} | ${r.foldedPerInsert} |`,
      );
    });
  }
  return lines.join('\n');
}

export async function runFoldCostBench(browsers: readonly BrowserName[]): Promise<void> {
  const results: FoldCost[] = [];
  for (const name of browsers) results.push(await measureFoldCost(name));
  console.log(formatFoldCosts(results));
}
