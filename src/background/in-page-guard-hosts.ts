import { browser } from 'wxt/browser';
import { inPageGuardPatterns } from '@/src/core';
import { hasHostAccess } from '@/src/permissions/host-access';
import { currentMatcher } from './matcher-cache';

/**
 * The in-page guard (entrypoints/in-page-guard.content.ts) on the app-like platforms beyond the first ten,
 * where she gave access when she added a profile: declared in the manifest, their hosts would join the
 * install-time warning. Registered at run time instead, for the granted hosts only, and again after every
 * change of her list or of host access.
 *
 * Chrome: scripting.registerContentScripts (the `scripting` permission carries no warning), kept across
 * browser restarts. Firefox (MV2): contentScripts.register, which lasts as long as the background page
 * that registered it (MDN, contentScripts.register), so it is registered again at every start.
 */
export const IN_PAGE_GUARD_FILE = 'content-scripts/in-page-guard.js';
const SCRIPT_ID = 'in-page-guard-granted-hosts';

/** The match patterns of her targets' app-like hosts that the extension may access, sorted, each once. */
export async function grantedInPageHosts(): Promise<string[]> {
  const groups = inPageGuardPatterns((await currentMatcher()).targets);
  const granted = await Promise.all(groups.map(hasHostAccess));
  return [...new Set(groups.filter((_, i) => granted[i]).flat())].sort();
}

export async function syncInPageGuard(usesScripting: boolean): Promise<void> {
  const matches = await grantedInPageHosts();
  await (usesScripting ? syncRegisteredScript(matches) : syncFirefoxScript(matches));
}

type ScriptingApi = {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  updateContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
};

async function syncRegisteredScript(matches: string[]): Promise<void> {
  const scripting = (browser as unknown as { scripting: ScriptingApi }).scripting;
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  if (existing && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify(matches)) return;
  const script = {
    id: SCRIPT_ID,
    matches,
    js: [IN_PAGE_GUARD_FILE],
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
  await (existing ? scripting.updateContentScripts([script]) : scripting.registerContentScripts([script]));
}

type FirefoxContentScripts = {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{
    unregister(): Promise<void>;
  }>;
};

/** Firefox's registration, while this background page lives. */
let firefoxScript: { key: string; unregister(): Promise<void> } | undefined;

async function syncFirefoxScript(matches: string[]): Promise<void> {
  const key = matches.join(' ');
  if (firefoxScript?.key === key) return;
  const previous = firefoxScript;
  firefoxScript = undefined;
  await previous?.unregister();
  if (matches.length === 0) return;
  const api = (browser as unknown as { contentScripts: FirefoxContentScripts }).contentScripts;
  const registered = await api.register({
    matches,
    js: [{ file: IN_PAGE_GUARD_FILE }],
    runAt: 'document_start',
  });
  firefoxScript = { key, unregister: () => registered.unregister() };
}
