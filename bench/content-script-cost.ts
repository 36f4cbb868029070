/**
 * The in-page guard's own cost on a platform page that is not on her list: main-thread time of its JavaScript per
 * page, and the memory it keeps per tab. Each browser is asked with its own profiler, so the figures are the
 * script's, not the page's:
 * - main-thread time: samples (every 0.1 ms) whose stack holds a frame of the guard's file, from the V8 profiler
 *   (Chromium, CDP `Profiler`: the sampled time) or the Gecko profiler (Firefox, from a privileged context
 *   through WebDriver BiDi: the CPU time of those samples), summed over the loads, per load;
 * - memory per tab: Firefox reports the content script's realm on its own (memory reporters: everything under
 *   `realm(… Content Script "No Contact" …)`); Chromium keeps content scripts in the page's V8 heap, so it is the
 *   page's JS heap after garbage collection on the platform host minus the same page on the neutral host, median
 *   over pairs (the isolated world's context included).
 */
import type { CDPSession } from 'puppeteer-core';
import { waitForRules } from '../e2e/harness/blocklist';
import { type BrowserName, launchBrowser, sitePortFor, type TestBrowser } from '../e2e/harness/browsers';
import { startFakeSite } from '../e2e/harness/fake-site';
import {
  COST_PAGES,
  type CostPage,
  firstContentfulPaint,
  GUARD_ONLY,
  NEUTRAL_HOST,
  PLATFORM_HOST,
  spread,
} from './paint-cost';

const LOADS = Number(process.env.BENCH_SCRIPT_LOADS ?? 20);
const GUARD_FILE = 'in-page-guard.js';
/** The guard reads her list in a task after the first contentful paint; this leaves it time to finish. */
const SETTLE_MS = 250;

export interface ScriptCost {
  page: CostPage;
  /** Milliseconds of main thread per page load. */
  mainThreadMs: number;
  /** Kilobytes per tab. */
  memoryKb: number;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadAndSettle(tb: TestBrowser, url: string): Promise<void> {
  await tb.page.goto(url, { waitUntil: 'load' });
  await firstContentfulPaint(tb.page);
  await settle(SETTLE_MS);
}

const urlOf = (host: string, page: CostPage, i: number) =>
  `https://${host}${page.path}${page.path.includes('?') ? '&' : '?'}s=${i}`;

// --- Chromium ----------------------------------------------------------------------------------------------

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds of samples whose stack holds a frame of `file`. */
function timeInFile(profile: CpuProfile, file: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inFile = new Map<number, boolean>();
  const holds = (id: number): boolean => {
    const known = inFile.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node?.callFrame.url.endsWith(`/${file}`) || (up !== undefined && holds(up));
    inFile.set(id, result);
    return result;
  };
  let total = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample: the span this sample stands for.
    if (holds(id)) total += profile.timeDeltas[i] ?? 0;
  });
  return total;
}

/** Milliseconds of Chromium's main thread spent in `file` while `work` runs in the tab. */
async function chromiumTimeIn(tb: TestBrowser, file: string, work: () => Promise<void>): Promise<number> {
  const cdp = await tb.page.createCDPSession();
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await work();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return timeInFile(profile, file) / 1000;
  } finally {
    await cdp.detach();
  }
}

async function usedHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function chromiumMemory(tb: TestBrowser, page: CostPage): Promise<number> {
  const diffs: number[] = [];
  for (let i = 0; i < Math.max(5, LOADS / 2); i++) {
    const heap: number[] = [];
    for (const host of [PLATFORM_HOST, NEUTRAL_HOST]) {
      await loadAndSettle(tb, urlOf(host, page, i));
      const cdp = await tb.page.createCDPSession();
      try {
        heap.push(await usedHeapAfterGc(cdp));
      } finally {
        await cdp.detach();
      }
    }
    diffs.push((heap[0] ?? 0) - (heap[1] ?? 0));
  }
  return spread(diffs).median / 1024;
}

// --- Firefox -----------------------------------------------------------------------------------------------

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Evaluates `expression` in Firefox's parent process (needs `--remote-allow-system-access`, see firefox.ts). */
async function inParentProcess<T>(tb: TestBrowser, expression: string): Promise<T> {
  const connection = (tb.browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no privileged browsing context');
  const reply = (
    await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (reply.type !== 'success')
    throw new Error(`parent-process evaluation failed: ${reply.exceptionDetails?.text}`);
  return reply.result?.value as T;
}

/**
 * Gecko profile in its raw form: per thread, tables with a `schema` naming each column's index. Only what is
 * read here is typed.
 */
interface GeckoTable {
  schema: Record<string, number>;
  data: unknown[][];
}
interface GeckoThread {
  name: string;
  processType?: string;
  samples: GeckoTable;
  stackTable: GeckoTable;
  frameTable: GeckoTable;
  stringTable: string[];
}
interface GeckoProfile {
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

function geckoThreads(profile: GeckoProfile): GeckoThread[] {
  return [...profile.threads, ...(profile.processes ?? []).flatMap(geckoThreads)];
}

/**
 * Milliseconds of CPU time of a thread's samples whose stack holds a frame of `file`: the profiler samples the
 * stack on a wall clock (a thread waiting for the CPU on a loaded machine keeps its stack), and with its `cpu`
 * feature each sample carries the thread's CPU time since the previous one (`threadCPUDelta`, nanoseconds here).
 */
function geckoTimeInFile(thread: GeckoThread, file: string): number {
  const { samples, stackTable, frameTable, stringTable } = thread;
  const frameInFile = frameTable.data.map((row) => {
    const location = stringTable[row[frameTable.schema.location as number] as number] ?? '';
    return location.includes(`/${file}:`);
  });
  const inFile = new Map<number, boolean>();
  const holds = (stack: number | null): boolean => {
    if (stack === null || stack === undefined) return false;
    const known = inFile.get(stack);
    if (known !== undefined) return known;
    const row = stackTable.data[stack] ?? [];
    const frame = row[stackTable.schema.frame as number] as number;
    const result = !!frameInFile[frame] || holds(row[stackTable.schema.prefix as number] as number | null);
    inFile.set(stack, result);
    return result;
  };
  const stackCol = samples.schema.stack as number;
  const cpuCol = samples.schema.threadCPUDelta;
  if (cpuCol === undefined) throw new Error('the Gecko profile has no CPU times (feature "cpu")');
  let total = 0;
  for (const row of samples.data)
    if (holds(row[stackCol] as number | null)) total += (row[cpuCol] as number) ?? 0;
  return total / 1e6;
}

/** Milliseconds of Firefox's main-thread CPU spent in `file` while `work` runs. */
async function firefoxTimeIn(tb: TestBrowser, file: string, work: () => Promise<void>): Promise<number> {
  await inParentProcess(tb, `Services.profiler.StartProfiler(1 << 24, 0.1, ['js', 'cpu'], ['GeckoMain'])`);
  try {
    await work();
    const json = await inParentProcess<string>(
      tb,
      `Services.profiler.getProfileDataAsync().then((p) => JSON.stringify(p))`,
    );
    const threads = geckoThreads(JSON.parse(json) as GeckoProfile).filter((t) => t.name === 'GeckoMain');
    return threads.reduce((sum, t) => sum + geckoTimeInFile(t, file), 0);
  } finally {
    await inParentProcess(tb, 'Services.profiler.StopProfiler()');
  }
}

/** Milliseconds of main thread spent in the in-page script `file` while `work` runs, by each browser's profiler. */
export function mainThreadTimeIn(tb: TestBrowser, file: string, work: () => Promise<void>): Promise<number> {
  return tb.name === 'chromium' ? chromiumTimeIn(tb, file, work) : firefoxTimeIn(tb, file, work);
}

async function guardMainThread(tb: TestBrowser, page: CostPage): Promise<number> {
  // One site throughout, so the tab keeps its renderer and the profiler its session.
  await loadAndSettle(tb, urlOf(PLATFORM_HOST, page, -1));
  const loads = async () => {
    for (let i = 0; i < LOADS; i++) await loadAndSettle(tb, urlOf(PLATFORM_HOST, page, i));
  };
  return (await mainThreadTimeIn(tb, GUARD_FILE, loads)) / LOADS;
}

/** Bytes the memory reporters give the content script's realm in the tab now showing `url`. */
async function firefoxRealmBytes(tb: TestBrowser, url: string): Promise<number> {
  return inParentProcess<number>(
    tb,
    `new Promise((resolve) => {
      // Report paths write '/' as '\\': the realm of this document names its URL.
      const page = ${JSON.stringify(url.replace(/\//g, '\\'))};
      let total = 0;
      const mgr = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
      // Collected first (every process), so what is counted is what the script keeps.
      mgr.minimizeMemoryUsage(() => mgr.getReports(
        (process, path, kind, units, amount) => {
          if (units !== Ci.nsIMemoryReporter.UNITS_BYTES || !path.startsWith('explicit/')) return;
          if (path.includes('Content Script \\\\"No Contact\\\\"') || path.includes('Content Script "No Contact"')) {
            if (path.includes(page)) total += amount;
          }
        },
        null,
        () => resolve(total),
        null,
        false,
      ));
    })`,
  );
}

async function firefoxMemory(tb: TestBrowser, page: CostPage): Promise<number> {
  const sizes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const url = urlOf(PLATFORM_HOST, page, i);
    await loadAndSettle(tb, url);
    sizes.push(await firefoxRealmBytes(tb, url));
  }
  return spread(sizes).median / 1024;
}

// -----------------------------------------------------------------------------------------------------------

export async function measureScriptCost(name: BrowserName): Promise<ScriptCost[]> {
  const site = await startFakeSite({ port: sitePortFor(name) });
  const tb = await launchBrowser(name, { site });
  try {
    await tb.waitForExtensionReady();
    await tb.seedStorage({ people: GUARD_ONLY() });
    await waitForRules(tb, ['exname']);
    await tb.page.bringToFront();
    const out: ScriptCost[] = [];
    for (const page of COST_PAGES) {
      const mainThreadMs = await guardMainThread(tb, page);
      const memoryKb = name === 'chromium' ? await chromiumMemory(tb, page) : await firefoxMemory(tb, page);
      out.push({ page, mainThreadMs, memoryKb });
    }
    return out;
  } finally {
    await tb.close();
    await site.close();
  }
}

export function formatScriptCosts(results: ReadonlyMap<BrowserName, ScriptCost[]>): string {
  const lines = [
    `\nThe in-page guard's own cost per page not on her list (${LOADS} loads each; method in bench/content-script-cost.ts)\n`,
    '| browser | page | main-thread ms per load | memory per tab |',
    '|---|---|---|---|',
  ];
  for (const [name, costs] of results) {
    for (const c of costs) {
      const memory =
        name === 'chromium'
          ? `${c.memoryKb.toFixed(0)} kB (JS heap difference)`
          : `${c.memoryKb.toFixed(0)} kB (its realm)`;
      lines.push(`| ${name} | ${c.page.label} | ${c.mainThreadMs.toFixed(2)} | ${memory} |`);
    }
  }
  return lines.join('\n');
}

export async function runScriptCostBench(browsers: readonly BrowserName[]): Promise<void> {
  const results = new Map<BrowserName, ScriptCost[]>();
  for (const name of browsers) results.set(name, await measureScriptCost(name));
  console.log(formatScriptCosts(results));
}
