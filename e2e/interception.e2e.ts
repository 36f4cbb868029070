// Issue 4: once a profile is on her list, no ordinary way of reaching it shows it, and where the browser allows
// it no request reaches the site. Every path runs REPS times per browser (harness/interception-paths.ts); the
// bench (bench/interception.ts) runs the same paths and prints the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, sitePortFor, type TestBrowser } from './harness/browsers';
import { type FakeSite, startFakeSite } from './harness/fake-site';
import {
  isInterstitial,
  PATHS,
  type PathContext,
  type PathOutcome,
  PROFILE,
  PROFILE_HOST,
  pathContext,
  requestsAllowed,
  runPath,
  SITE_HOST,
  seedBaseList,
} from './harness/interception-paths';
import { goThroughFromInterstitial } from './harness/interstitial';
import { stopExtensionWorker, workerRunning } from './harness/worker-control';

const REPS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

describe.each(BROWSERS)('interception in %s', (name) => {
  let site: FakeSite;
  let tb: TestBrowser;
  let ctx: PathContext;

  beforeAll(async () => {
    site = await startFakeSite({ port: sitePortFor(name) });
    tb = await launchBrowser(name, { site });
    await tb.waitForExtensionReady();
    await seedBaseList(tb);
    ctx = pathContext(tb, site, 'e2e');
  });

  afterAll(async () => {
    await tb?.close();
    await site?.close();
  });

  it.each(PATHS.map((p) => [p.label, p] as const))('%s → interstitial', async (_label, path) => {
    const outcomes: PathOutcome[] = [];
    for (let i = 0; i < REPS; i++) outcomes.push(await runPath(ctx, path, tb.page));
    console.info(
      `[${name}] ${path.id}: ${outcomes.filter((o) => o.intercepted).length}/${REPS}, ` +
        `median ${median(outcomes.map((o) => o.ms)).toFixed(0)} ms, requests ${outcomes.map((o) => o.requests)}, ` +
        `frames ${outcomes.map((o) => o.frames ?? '-')}`,
    );
    expect(outcomes.map((o) => o.intercepted)).toEqual(Array(REPS).fill(true));
    if (!requestsAllowed(name, path.id)) expect(outcomes.map((o) => o.requests)).toEqual(Array(REPS).fill(0));
    else expect(outcomes.every((o) => o.requests <= 1)).toBe(true);
    // In-page navigation: at most one frame with the profile on screen (the goal; 0 measured in both).
    if (!path.framesNotApplicable && !requestsAllowed(name, path.id)) {
      for (const o of outcomes) expect(o.frames).toBeLessThanOrEqual(1);
    }
    // How fast (e.g. an open tab in under a second) is reported above and in `npm run bench`, not asserted.
  });

  it('leaves look-alike handles and pages off her list alone', async () => {
    for (const url of [
      `https://${PROFILE_HOST}/exnamesake/`,
      `https://${PROFILE_HOST}/exname.backup/`,
      `https://m.instagram.com/ex_name/`,
      `https://${SITE_HOST}/blogroll`,
      `https://www.instagram.com/`,
    ]) {
      site.clearRequests();
      await tb.navigate(tb.page, url);
      expect(await tb.currentUrl(tb.page)).toBe(url);
      expect(site.requests.some((r) => r.dest === 'document')).toBe(true);
    }
  });

  it('blocks the m. variant of the profile too', async () => {
    site.clearRequests();
    await tb.navigate(tb.page, 'https://m.instagram.com/ExName/');
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(site.requestsTo('m.instagram.com', '/exname')).toEqual([]);
  });

  it('intercepts after the background was stopped, with no request and no frame of the profile', async () => {
    const typed = PATHS.find((p) => p.id === 'typed');
    const push = PATHS.find((p) => p.id === 'push-state');
    if (!typed || !push) throw new Error('paths missing');
    if (name === 'firefox') {
      // Firefox MV2 runs a persistent background page (no `persistent: false` in the manifest): it is not
      // stopped while the browser runs (MDN, manifest.json/background), so there is no cold start to test.
      expect(workerRunning(tb)).toBe(false);
      const outcome = await runPath(ctx, typed, tb.page);
      expect(outcome.intercepted).toBe(true);
      return;
    }
    for (const path of [typed, push]) {
      const warm: number[] = [];
      const cold: number[] = [];
      const stopFirst = {
        ...path,
        start: async (c: PathContext, page: typeof tb.page) => {
          await path.start(c, page);
          await stopExtensionWorker(tb);
          expect(workerRunning(tb)).toBe(false);
        },
      };
      for (let i = 0; i < REPS; i++) {
        const w = await runPath(ctx, path, tb.page);
        const c = await runPath(ctx, stopFirst, tb.page);
        expect([w.intercepted, c.intercepted, c.requests, c.frames]).toEqual([true, true, 0, 0]);
        warm.push(w.ms);
        cold.push(c.ms);
      }
      console.info(
        `[${name}] ${path.id}: warm ${median(warm).toFixed(0)} ms, cold ${median(cold).toFixed(0)} ms`,
      );
      // How much slower a cold start is goes in `npm run bench`, not in a pass/fail test.
    }
    // Stopped, it stays stopped through her ordinary platform pages (its listeners wake only for URLs that could
    // show one of her targets), and the first page that is his still wakes it in time.
    await stopExtensionWorker(tb);
    for (const url of [`https://${PROFILE_HOST}/exnamesake/`, `https://${PROFILE_HOST}/explore/`]) {
      await tb.navigate(tb.page, url);
      expect([await tb.currentUrl(tb.page), workerRunning(tb)]).toEqual([url, false]);
    }
    const cold = await runPath(ctx, typed, tb.page);
    expect([cold.intercepted, cold.requests, cold.frames, workerRunning(tb)]).toEqual([true, 0, 0, true]);
  });

  it('going through anyway allows the profile in that tab only', async () => {
    await tb.navigate(tb.page, PROFILE);
    await tb.waitForUrl(tb.page, isInterstitial);
    site.clearRequests();
    const countdown = await goThroughFromInterstitial(tb.page, PROFILE);
    expect(countdown).toMatchObject({ ok: true, seconds: 0 });
    await tb.waitForUrl(tb.page, (href) => href === PROFILE);
    expect(site.requestsTo(PROFILE_HOST, '/exname')).toHaveLength(1);

    // Another tab: still blocked, before any request.
    const other = await tb.newPage();
    try {
      site.clearRequests();
      await tb.navigate(other, PROFILE);
      await tb.waitForUrl(other, isInterstitial);
      expect(site.requestsTo(PROFILE_HOST, '/exname')).toEqual([]);
    } finally {
      await other.close();
    }
    // Session storage only, so a browser restart ends it.
    const session = await tb.evalInExtension(async (api) =>
      (api.storage as unknown as { session: { get(k: null): Promise<Record<string, unknown>> } }).session.get(
        null,
      ),
    );
    expect(Object.keys((session.allowances ?? {}) as object)).toHaveLength(1);
  });
});
