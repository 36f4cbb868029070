import { browser } from 'wxt/browser';
import type { Platform } from '@/src/core';
import { inlineDataCode } from '@/src/core/inline-data';
import { domainsOfPatterns, PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';
import { PLATFORM_RULES } from '@/src/core/platforms';

/**
 * In-page scripts registered at run time, only on the hosts that need them, so the other platform pages carry
 * nothing of them. The in-page guard itself is declared in the manifest (every platform page needs its
 * document-start check); what only part of her list needs is registered here, at document start:
 * - Chrome: `scripting.registerContentScripts`, kept across browser restarts
 *   (https://developer.chrome.com/docs/extensions/reference/api/scripting#method-registerContentScripts);
 * - Firefox (Manifest V2): `contentScripts.register`, which lasts as long as the background page that made it
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/contentScripts/register), so the
 *   background syncs at every start.
 * Used by the guard on later platforms' granted hosts (in-page-guard-hosts.ts) and the cover below; a feature
 * that works inside pages (folding, in-site search, conversations) adds its own entry the same way.
 */
export interface InPageScript {
  id: string;
  /** The built script, `<name>.js` from `entrypoints/<name>.ts` (an unlisted script); none: data only. */
  file?: string;
  /**
   * A value the page's scripts get inside the registration, before `file` runs (core/inline-data.ts): Firefox
   * only, which registers inline code; Chrome ignores it (its scripts read storage). When it changes, the pages
   * already open that match get it too.
   */
  data?: { key: string; value: unknown };
  /** Match patterns; none: not registered. */
  matches: string[];
  /** Style sheets injected with it, from `public/`. */
  css?: string[];
}

/** The guard's host patterns that belong to `platforms` (the guard runs nowhere else). */
export function platformPatterns(platforms: Iterable<Platform>): string[] {
  const domains = new Set([...platforms].flatMap((p) => PLATFORM_RULES[p].domains));
  return PLATFORM_HOST_PATTERNS.filter((pattern) => {
    const [domain] = domainsOfPatterns([pattern]);
    return domain !== undefined && domains.has(domain);
  });
}

const sameMatches = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Firefox's registration: a handle to unregister, kept by the background page that made it. */
interface FirefoxRegistration {
  unregister(): Promise<void>;
}
export interface FirefoxContentScripts {
  register(options: {
    matches: string[];
    js: ({ file: string } | { code: string })[];
    css?: { file: string }[];
    runAt: 'document_start';
  }): Promise<FirefoxRegistration>;
}
/** Firefox's `tabs.executeScript` (Manifest V2), for the pages already open when a script's data changes. */
export interface FirefoxTabs {
  query(query: { url: string[] }): Promise<{ id?: number }[]>;
  executeScript(tabId: number, details: { code: string }): Promise<unknown>;
}
interface FirefoxEntry {
  matches: string[];
  code: string | undefined;
  registration: FirefoxRegistration;
}
const firefoxRegistered = new Map<string, FirefoxEntry>();

async function syncFirefox(
  script: InPageScript,
  contentScripts: FirefoxContentScripts,
  tabs: FirefoxTabs,
): Promise<void> {
  const current = firefoxRegistered.get(script.id);
  const code = script.data && inlineDataCode(script.data.key, script.data.value);
  if (current && sameMatches(current.matches, script.matches) && current.code === code) return;
  firefoxRegistered.delete(script.id);
  // The old one goes first: for a moment a page may start with neither, and then reads storage (its
  // fallback), never an outdated value.
  await current?.registration.unregister();
  // Pages already open hear a changed value (a first registration is for pages still to come).
  const changed = code !== undefined && current?.code !== undefined && current.code !== code;
  const js = [...(code ? [{ code }] : []), ...(script.file ? [{ file: script.file }] : [])];
  if (script.matches.length === 0 || js.length === 0) {
    // No longer needed anywhere: the pages where it ran hear its last value (an emptied list, say).
    if (changed && current) await pushToOpenTabs(tabs, current.matches, code);
    return;
  }
  const registration = await contentScripts.register({
    matches: script.matches,
    js,
    ...(script.css ? { css: script.css.map((file) => ({ file })) } : {}),
    runAt: 'document_start',
  });
  firefoxRegistered.set(script.id, { matches: script.matches, code, registration });
  if (changed) await pushToOpenTabs(tabs, script.matches, code);
}

/**
 * The new value, in the top frame of the pages already open where the script runs (where the in-page scripts
 * run); `executeScript` code shares their global (MDN, tabs.executeScript). A page it cannot reach keeps the
 * value it had, and the background's navigation listeners still judge its navigations.
 */
async function pushToOpenTabs(tabs: FirefoxTabs, matches: string[], code: string): Promise<void> {
  const open = await tabs.query({ url: matches }).catch(() => []);
  await Promise.all(
    open.map((tab) =>
      tab.id === undefined ? undefined : tabs.executeScript(tab.id, { code }).catch(() => undefined),
    ),
  );
}

async function syncChrome(script: InPageScript, registered: { id: string; matches?: string[] }[]) {
  const current = registered.find((r) => r.id === script.id);
  // Chrome registers files only: a script that is only data is nothing here.
  if (script.matches.length === 0 || !script.file) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    return;
  }
  if (current && sameMatches(current.matches ?? [], script.matches)) return;
  const details = {
    id: script.id,
    js: [script.file],
    ...(script.css ? { css: script.css } : {}),
    matches: script.matches,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (current) await browser.scripting.updateContentScripts([details]);
  else await browser.scripting.registerContentScripts([details]);
}

/** One sync at a time: two overlapping ones would both find a script missing and register it twice. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers, updates or removes `scripts` so that each runs at document start exactly on its `matches`, with
 * Chrome's scripting API or (`usesScripting` false) Firefox's contentScripts. Idempotent: every change of her
 * list calls it.
 */
export function syncInPageScripts(scripts: readonly InPageScript[], usesScripting: boolean): Promise<void> {
  const run = queue.then(() => sync(scripts, usesScripting));
  queue = run.catch(() => undefined);
  return run;
}

async function sync(scripts: readonly InPageScript[], usesScripting: boolean): Promise<void> {
  if (!usesScripting) {
    const firefox = browser as unknown as { contentScripts: FirefoxContentScripts; tabs: FirefoxTabs };
    for (const script of scripts) await syncFirefox(script, firefox.contentScripts, firefox.tabs);
    return;
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: scripts.map((s) => s.id) });
  for (const script of scripts) await syncChrome(script, registered);
}

/** Covers pages of platforms with targets whose URL forms the redirect rules only partly cover. */
export const COVER_UNTIL_CHECKED = 'cover-until-checked';

export function coverScripts(platformsPastRules: ReadonlySet<Platform>): InPageScript[] {
  return [
    {
      id: COVER_UNTIL_CHECKED,
      file: `${COVER_UNTIL_CHECKED}.js`,
      matches: platformPatterns(platformsPastRules),
    },
  ];
}
