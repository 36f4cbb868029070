import { browser } from 'wxt/browser';
import type { Platform } from '@/src/core';
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
  /** The built script, `<name>.js` from `entrypoints/<name>.ts` (an unlisted script). */
  file: string;
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
interface FirefoxContentScripts {
  register(options: {
    matches: string[];
    js: { file: string }[];
    css?: { file: string }[];
    runAt: 'document_start';
  }): Promise<FirefoxRegistration>;
}
const firefoxRegistered = new Map<string, { matches: string[]; registration: FirefoxRegistration }>();

async function syncFirefox(script: InPageScript, contentScripts: FirefoxContentScripts): Promise<void> {
  const current = firefoxRegistered.get(script.id);
  if (current && sameMatches(current.matches, script.matches)) return;
  firefoxRegistered.delete(script.id);
  await current?.registration.unregister();
  if (script.matches.length === 0) return;
  const registration = await contentScripts.register({
    matches: script.matches,
    js: [{ file: script.file }],
    ...(script.css ? { css: script.css.map((file) => ({ file })) } : {}),
    runAt: 'document_start',
  });
  firefoxRegistered.set(script.id, { matches: script.matches, registration });
}

async function syncChrome(script: InPageScript, registered: { id: string; matches?: string[] }[]) {
  const current = registered.find((r) => r.id === script.id);
  if (script.matches.length === 0) {
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
    const firefox = (browser as unknown as { contentScripts: FirefoxContentScripts }).contentScripts;
    for (const script of scripts) await syncFirefox(script, firefox);
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
