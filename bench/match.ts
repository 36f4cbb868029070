/**
 * ns per match() against the number of targets, beside a baseline that tests one RegExp per target
 * in turn (the way LeechBlock-style blockers do). The engine should stay flat as targets grow.
 */

import { couldBeListed, listNeedles } from '../src/core/candidates';
import { targetUrl } from '../src/core/describe';
import { compileDnrRules } from '../src/core/dnr-rules';
import { createMatcher } from '../src/core/match';
import { type ListedTarget, type NameTarget, PLATFORMS, type Target } from '../src/core/target';

const SIZES = [10, 1_000, 10_000] as const;
const URL_COUNT = 1_000;
/** Each cell runs at least this long, so timer noise stays small. */
const MIN_CELL_MS = 250;

/** A small deterministic generator: the same targets and URLs on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeTargets(count: number, next: () => number): ListedTarget[] {
  const word = (n: number) =>
    Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)]).join('');
  return Array.from({ length: count }, (_, i): ListedTarget => {
    if (i % 10 === 9)
      return { kind: 'site', host: `${word(8)}.example.org`, path: next() < 0.5 ? '/' : `/${word(5)}` };
    const platform = PLATFORMS[i % PLATFORMS.length] ?? 'instagram';
    return { kind: 'profile', platform, handle: `${word(4)}_${i}`.slice(0, 15) };
  });
}

/** Half hits (a target's address, sub-page or query), half misses on the same hosts. */
function makeUrls(targets: readonly ListedTarget[], next: () => number): string[] {
  return Array.from({ length: URL_COUNT }, (_, i) => {
    const target = targets[Math.floor(next() * targets.length)] ?? targets[0];
    const url = target ? targetUrl(target) : 'https://example.org/';
    if (i % 2 === 0) return i % 4 === 0 ? `${url}?hl=en` : url;
    return url.replace(/[a-z0-9]{3}(?=[^/]*\/?$)/, 'zzz');
  });
}

/** One RegExp per target, tested in order: cost grows with the list. */
function baselineMatcher(targets: readonly ListedTarget[]) {
  const regexes = targets.map(
    (t) =>
      new RegExp(
        compileDnrRules([t], 'x:')
          .map((r) => `(?:${r.condition.regexFilter})`)
          .join('|'),
        'i',
      ),
  );
  return {
    match(url: string): number {
      for (let i = 0; i < regexes.length; i += 1) if (regexes[i]?.test(url)) return i;
      return -1;
    },
  };
}

/** Cycles through the URLs until the cell has run long enough; slow baselines stop early. */
function nsPerCall(urls: readonly string[], run: (url: string) => unknown): number {
  let calls = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_CELL_MS || calls < 20) {
    for (let i = 0; i < 16; i += 1) {
      if (run(urls[calls % urls.length] ?? '') !== undefined) sink += 1;
      calls += 1;
    }
    elapsed = performance.now() - start;
  }
  // Keeps the results alive so the engine cannot drop the calls.
  if (sink < 0) console.log(sink);
  return (elapsed * 1e6) / calls;
}

export async function runMatchBench(): Promise<void> {
  const rows: Record<string, string>[] = [];
  for (const size of SIZES) {
    const next = random(size);
    const targets = makeTargets(size, next);
    const urls = makeUrls(targets, next);
    const matcher = createMatcher(targets);
    const baseline = baselineMatcher(targets);
    // Warm both up so the JIT has compiled them before timing.
    for (let round = 0; round < 20; round += 1) for (const url of urls) matcher.match(url);
    for (const url of urls.slice(0, 100)) baseline.match(url);
    const parseOnly = nsPerCall(urls, (url) => new URL(url));
    const engine = nsPerCall(urls, (url) => matcher.match(url));
    const perTarget = nsPerCall(urls, (url) => baseline.match(url));
    const hits = urls.filter((url) => matcher.match(url) !== undefined).length;
    rows.push({
      targets: size.toLocaleString('en'),
      'createMatcher ns/match': engine.toFixed(0),
      'of which new URL()': parseOnly.toFixed(0),
      'RegExp per target ns/match': perTarget.toFixed(0),
      speed_up: `${(perTarget / engine).toFixed(1)}×`,
      hits: `${hits}/${urls.length}`,
    });
  }
  console.log('match() — mixed platforms and sites, half hits, half misses');
  console.table(rows);
}

const ENGINES = [
  'https://www.google.com/search?q=',
  'https://www.bing.com/search?q=',
  'https://duckduckgo.com/?q=',
  'https://x.com/search?q=',
  'https://www.youtube.com/results?search_query=',
];
const ROUNDS = 9;

const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? Number.NaN;

/**
 * Median ns of `a`, of `b`, and of `a / b` over paired rounds. Which goes first alternates, so drift on a loaded
 * machine falls on both sides.
 */
function paired(a: () => number, b: () => number): { a: number; b: number; ratio: number } {
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let x: number;
    let y: number;
    if (round % 2 === 0) {
      x = a();
      y = b();
    } else {
      y = b();
      x = a();
    }
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/**
 * ns per hit() for a search results page against ten names, beside ns per hit() for a profile address with the
 * same matcher (ten profiles and ten names): the ratio, median of paired rounds, says what reading a query costs
 * compared with reading a URL. Half the queries name him.
 */
export function runSearchBench(): void {
  const next = random(15);
  const word = (n: number) =>
    Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join('');
  const names: NameTarget[] = Array.from({ length: 10 }, () => ({
    kind: 'name',
    name: `${word(5)} ${word(7)}`,
  }));
  const profiles = makeTargets(10, next);
  const matcher = createMatcher([...profiles, ...names] as Target[]);
  const searchUrls = Array.from({ length: URL_COUNT }, (_, i) => {
    const words = Array.from({ length: 2 + Math.floor(next() * 5) }, () => word(3 + Math.floor(next() * 6)));
    if (i % 2 === 0) words.splice(Math.floor(next() * words.length), 0, names[i % names.length]?.name ?? '');
    const base = ENGINES[i % ENGINES.length] ?? ENGINES[0];
    return base + encodeURIComponent(words.join(' ')).replace(/%20/g, i % 3 === 0 ? '%20' : '+');
  });
  const profileUrls = makeUrls(profiles, next);
  for (let round = 0; round < 20; round += 1)
    for (const url of [...searchUrls, ...profileUrls]) matcher.hit(url);
  const hitCost = paired(
    () => nsPerCall(searchUrls, (u) => matcher.hit(u)),
    () => nsPerCall(profileUrls, (u) => matcher.hit(u)),
  );
  // The in-page guard's first look at a platform page that is not for him (core/candidates.ts): his ten names
  // add needles to the set; what that costs is the ratio to the same look with his profiles' needles only.
  const otherPages = [
    ...profileUrls.filter((u) => !matcher.hit(u)),
    ...searchUrls.filter((u) => !matcher.hit(u)),
  ];
  const withNames = new Set(listNeedles([...profiles, ...names]));
  const profilesOnly = new Set(listNeedles(profiles));
  const look = (needles: ReadonlySet<string>) => () =>
    nsPerCall(otherPages, (u) => couldBeListed(u, needles) || undefined);
  const lookCost = paired(look(withNames), look(profilesOnly));
  const candidates = otherPages.filter((u) => couldBeListed(u, withNames)).length;
  // Search addresses are longer: parsing them alone is part of the difference.
  const parseSearch = nsPerCall(searchUrls, (u) => new URL(u));
  const parseProfile = nsPerCall(profileUrls, (u) => new URL(u));
  const hits = searchUrls.filter((u) => matcher.hit(u)?.moment === 'search').length;
  console.log('hit() — a search results page against ten names, and a profile address, same matcher');
  console.table([
    {
      'search URL ns/match': hitCost.a.toFixed(0),
      'profile URL ns/match': hitCost.b.toFixed(0),
      'of which new URL() (search / profile)': `${parseSearch.toFixed(0)} / ${parseProfile.toFixed(0)}`,
      'ratio (median of pairs)': `${hitCost.ratio.toFixed(2)}×`,
      'searches for him': `${hits}/${searchUrls.length}`,
    },
  ]);
  console.log(
    'in-page check of a page not for him — needles of ten profiles and ten names, against profiles only',
  );
  console.table([
    {
      'ns/page': lookCost.a.toFixed(0),
      'ratio to profiles only (median of pairs)': `${lookCost.ratio.toFixed(2)}×`,
      'asked the background (near misses of his handles)': `${candidates}/${otherPages.length}`,
    },
  ]);
}
