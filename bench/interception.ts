/**
 * Interception, path by path, in headless Chromium (MV3) and Firefox ESR (MV2), against the production build
 * (`npm run build` first; `E2E_EXTENSION_ROOT` / `E2E_LOOPBACK` as for the E2E specs). Prints, per path and
 * browser: intercepted n/n, requests that reached the profile, median ms from the trigger to the interstitial
 * being interactive (as seen from the test driver, so it includes the driver's own round trips), and frames
 * with the profile on screen. Then: a stopped MV3 worker against a warm one, and every path again in a private
 * window. What the in-page guard costs pages not on her list is bench/paint-cost.ts.
 */
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from '../e2e/harness/browsers';
import { startFakeSite } from '../e2e/harness/fake-site';
import {
  type InterceptionPath,
  PATHS,
  type PathContext,
  type PathOutcome,
  pathContext,
  runPath,
  seedBaseList,
} from '../e2e/harness/interception-paths';
import { openPrivateWindow } from '../e2e/harness/private-window';
import { stopExtensionWorker } from '../e2e/harness/worker-control';

const REPS = Number(process.env.BENCH_REPS ?? 5);

const median = (xs: readonly number[]): number => {
  const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function row(browser: string, label: string, outcomes: readonly PathOutcome[]): string {
  const hit = outcomes.filter((o) => o.intercepted).length;
  const requests = outcomes.reduce((sum, o) => sum + o.requests, 0);
  const frames = outcomes.some((o) => o.frames === undefined)
    ? 'n/a'
    : String(Math.max(...outcomes.map((o) => o.frames ?? 0)));
  return `| ${browser} | ${label} | ${hit}/${outcomes.length} | ${requests} | ${median(outcomes.map((o) => o.ms)).toFixed(0)} | ${frames} |`;
}

async function repeat(ctx: PathContext, path: InterceptionPath, page: Page): Promise<PathOutcome[]> {
  const outcomes: PathOutcome[] = [];
  for (let i = 0; i < REPS; i++) outcomes.push(await runPath(ctx, path, page));
  return outcomes;
}

async function coldStart(ctx: PathContext, tb: TestBrowser, path: InterceptionPath): Promise<string> {
  const warm: PathOutcome[] = [];
  const cold: PathOutcome[] = [];
  const stopped: InterceptionPath = {
    ...path,
    start: async (c, page) => {
      await path.start(c, page);
      await stopExtensionWorker(tb);
    },
  };
  for (let i = 0; i < REPS; i++) {
    warm.push(await runPath(ctx, path, tb.page));
    cold.push(await runPath(ctx, stopped, tb.page));
  }
  return [
    row(tb.name, `${path.label}, warm worker`, warm),
    row(tb.name, `${path.label}, stopped worker`, cold),
  ].join('\n');
}

/** Every path again in a private window, with the extension allowed there. */
async function privateWindowRows(name: (typeof BROWSERS)[number]): Promise<string[]> {
  const site = await startFakeSite({ port: sitePortFor(name) });
  const tb = await launchBrowser(name, { site, allowInPrivate: true });
  try {
    await tb.waitForExtensionReady();
    await seedBaseList(tb);
    const ctx = pathContext(tb, site, 'private');
    const { page } = await openPrivateWindow(tb, 'https://www.instagram.com/');
    const rows: string[] = [];
    for (const path of PATHS)
      rows.push(row(name, `private window: ${path.label}`, await repeat(ctx, path, page)));
    return rows;
  } finally {
    await tb.close();
    await site.close();
  }
}

export async function runInterceptionBench(): Promise<void> {
  console.log(`\nInterception (${REPS} runs per path; ms include the test driver's round trips)\n`);
  console.log(
    '| browser | path | intercepted | requests reaching the profile | median ms | max frames visible |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const name of BROWSERS) {
    const site = await startFakeSite({ port: sitePortFor(name) });
    const tb = await launchBrowser(name, { site });
    try {
      await tb.waitForExtensionReady();
      await seedBaseList(tb);
      const ctx = pathContext(tb, site, 'bench');
      for (const path of PATHS) console.log(row(name, path.label, await repeat(ctx, path, tb.page)));
      if (name === 'chromium') {
        for (const id of ['typed', 'push-state']) {
          const path = PATHS.find((p) => p.id === id);
          if (path) console.log(await coldStart(ctx, tb, path));
        }
      }
    } finally {
      await tb.close();
      await site.close();
    }
    for (const line of await privateWindowRows(name)) console.log(line);
  }
}
