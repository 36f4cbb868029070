import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListedTarget } from '@/src/core';
import { listNeedles } from '@/src/core/candidates';
import { PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';
import { addProfile } from '@/src/storage';
import { IN_PAGE_LIST_DATA, parseInPageList } from '@/src/storage/in-page-list';
import { guardOnGrantedHosts, IN_PAGE_GUARD_FILE, inPageListData } from './in-page-guard-hosts';
import { syncInPageScripts } from './in-page-scripts';
import { currentMatcher, invalidateMatcher } from './matcher-cache';

const twitch: ListedTarget = { kind: 'profile', platform: 'twitch', handle: 'samrivers' };
const bluesky: ListedTarget = { kind: 'profile', platform: 'bluesky', handle: 'sam.bsky.social' };
const strava: ListedTarget = { kind: 'profile', platform: 'strava', handle: '90210' };

let granted: string[] = [];

/** What the background does after a change: the guard's registration brought in line with her list. */
const syncInPageGuard = async (usesScripting: boolean) =>
  syncInPageScripts([await guardOnGrantedHosts()], usesScripting);

async function list(...targets: ListedTarget[]) {
  for (const target of targets) {
    await addProfile({ target, input: JSON.stringify(target), now: 0, defaultPersonName: 'Him' });
  }
  invalidateMatcher();
}

/** Chrome's scripting API as far as registration goes (the fake browser has none). */
function fakeScripting() {
  let scripts: { id: string; matches: string[] }[] = [];
  const api = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (added: { id: string; matches: string[] }[]) => {
      scripts = [...scripts, ...added];
    }),
    updateContentScripts: vi.fn(async (changed: { id: string; matches: string[] }[]) => {
      scripts = scripts.map((s) => changed.find((c) => c.id === s.id) ?? s);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    }),
  };
  Object.assign(fakeBrowser, { scripting: api });
  return { api, scripts: () => scripts };
}

describe('the in-page guard on later app-like platforms', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidateMatcher();
    granted = [];
    Object.assign(fakeBrowser.permissions, {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.includes(o)),
    });
  });

  it('Chrome: registers it for the hosts she gave access to, updates and removes it as that changes', async () => {
    const { api, scripts } = fakeScripting();
    await list(twitch, bluesky, strava);
    granted = ['*://*.twitch.tv/*', '*://*.strava.com/*'];
    await syncInPageGuard(true);
    expect(scripts()).toEqual([
      expect.objectContaining({
        matches: ['*://*.twitch.tv/*'],
        js: [IN_PAGE_GUARD_FILE],
        runAt: 'document_start',
        persistAcrossSessions: true,
      }),
    ]);

    granted.push('*://*.bsky.app/*');
    invalidateMatcher();
    await syncInPageGuard(true);
    expect(scripts().map((s) => s.matches)).toEqual([['*://*.bsky.app/*', '*://*.twitch.tv/*']]);
    expect(api.updateContentScripts).toHaveBeenCalledTimes(1);

    // Unchanged: nothing is rewritten.
    await syncInPageGuard(true);
    expect(api.updateContentScripts).toHaveBeenCalledTimes(1);

    granted = [];
    invalidateMatcher();
    await syncInPageGuard(true);
    expect(scripts()).toEqual([]);
  });

  it('Firefox: registers it for this background page’s life and replaces it when the hosts change', async () => {
    const unregister = vi.fn(async () => undefined);
    const register = vi.fn(async () => ({ unregister }));
    Object.assign(fakeBrowser, { contentScripts: { register } });
    await list(twitch);
    granted = ['*://*.twitch.tv/*'];
    await syncInPageGuard(false);
    await syncInPageGuard(false);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith({
      matches: ['*://*.twitch.tv/*'],
      js: [{ file: IN_PAGE_GUARD_FILE }],
      runAt: 'document_start',
    });
    granted = [];
    invalidateMatcher();
    await syncInPageGuard(false);
    expect(unregister).toHaveBeenCalledTimes(1);
  });
});

describe('her list inside the guard’s registration (Firefox)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidateMatcher();
  });

  it('carries the same value as storage, for every page the guard runs on', async () => {
    await list({ kind: 'profile', platform: 'instagram', handle: 'exname' });
    const script = await inPageListData();
    expect(script.file).toBeUndefined();
    expect(script.data?.key).toBe(IN_PAGE_LIST_DATA);
    expect(parseInPageList(script.data?.value)).toEqual(listNeedles((await currentMatcher()).targets));
    expect(parseInPageList(script.data?.value)).toContain('exname');
    expect(script.matches).toEqual(expect.arrayContaining(PLATFORM_HOST_PATTERNS));
  });

  it('is nothing Chrome registers: its scripts read storage', async () => {
    const scripting = fakeScripting();
    await list({ kind: 'profile', platform: 'instagram', handle: 'exname' });
    await syncInPageScripts([await inPageListData()], true);
    expect(scripting.scripts()).toEqual([]);
  });
});
