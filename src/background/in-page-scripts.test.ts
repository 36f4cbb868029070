import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Platform } from '@/src/core';
import { COVER_UNTIL_CHECKED, coverScripts, platformPatterns, syncInPageScripts } from './in-page-scripts';

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
}

/** chrome.scripting's registered content scripts, as Chrome keeps them: a duplicate id is an error. */
function fakeScripting() {
  let scripts: Registered[] = [];
  const calls: string[] = [];
  return {
    calls,
    current: () => scripts,
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      scripts.filter((s) => !ids || ids.includes(s.id)),
    registerContentScripts: async (add: Registered[]) => {
      calls.push('register');
      for (const s of add)
        if (scripts.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts = [...scripts, ...add];
    },
    updateContentScripts: async (change: Registered[]) => {
      calls.push('update');
      scripts = scripts.map((s) => ({ ...s, ...change.find((c) => c.id === s.id) }));
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      calls.push('unregister');
      scripts = scripts.filter((s) => !ids.includes(s.id));
    },
  };
}

describe('platformPatterns', () => {
  it.each<[Platform[], string[]]>([
    [['facebook'], ['*://*.facebook.com/*', '*://*.fb.com/*', '*://*.messenger.com/*']],
    [['instagram'], ['*://*.instagram.com/*', '*://instagr.am/*', '*://*.instagr.am/*']],
    [
      ['x', 'threads'],
      ['*://*.threads.net/*', '*://*.threads.com/*', '*://*.x.com/*', '*://*.twitter.com/*'],
    ],
    [[], []],
  ])('%j → the in-page guard’s patterns of those platforms', (platforms, patterns) => {
    expect(platformPatterns(platforms)).toEqual(patterns);
  });
});

describe('syncInPageScripts', () => {
  let scripting: ReturnType<typeof fakeScripting>;

  beforeEach(() => {
    fakeBrowser.reset();
    scripting = fakeScripting();
    // The fake browser has no scripting API.
    Object.assign(fakeBrowser, { scripting });
  });

  it('registers the cover where the rules fall short, updates it, and removes it when they no longer do', async () => {
    await syncInPageScripts(coverScripts(new Set(['facebook'])), true);
    expect(scripting.current()).toEqual([
      {
        id: COVER_UNTIL_CHECKED,
        js: ['cover-until-checked.js'],
        matches: platformPatterns(['facebook']),
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
    await syncInPageScripts(coverScripts(new Set(['facebook', 'instagram'])), true);
    expect(scripting.current()[0]?.matches).toEqual(platformPatterns(['facebook', 'instagram']));
    await syncInPageScripts(coverScripts(new Set()), true);
    expect(scripting.current()).toEqual([]);
    expect(scripting.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('changes nothing when nothing changed (every list change calls it, in both copies of the background)', async () => {
    await syncInPageScripts(coverScripts(new Set(['facebook'])), true);
    await syncInPageScripts(coverScripts(new Set(['facebook'])), true);
    await syncInPageScripts(coverScripts(new Set()), true);
    await syncInPageScripts(coverScripts(new Set()), true);
    expect(scripting.calls).toEqual(['register', 'unregister']);
  });
});

describe('syncInPageScripts in Firefox', () => {
  /** Firefox's contentScripts API: each registration is a handle, unregistered by itself. */
  function fakeContentScripts() {
    const live = new Set<{ matches: string[]; js: { file: string }[] }>();
    const calls: string[] = [];
    return {
      calls,
      live: () => [...live],
      register: async (options: { matches: string[]; js: { file: string }[] }) => {
        calls.push('register');
        live.add(options);
        return {
          unregister: async () => {
            calls.push('unregister');
            live.delete(options);
          },
        };
      },
    };
  }

  it('registers once, re-registers on a change, and lets go when none is needed', async () => {
    fakeBrowser.reset();
    const contentScripts = fakeContentScripts();
    Object.assign(fakeBrowser, { contentScripts });
    const wanted = (matches: string[]) => [{ id: 'feature', file: 'feature.js', matches }];
    await syncInPageScripts(wanted(['*://*.x.com/*']), false);
    await syncInPageScripts(wanted(['*://*.x.com/*']), false);
    expect(contentScripts.live()).toEqual([
      expect.objectContaining({
        matches: ['*://*.x.com/*'],
        js: [{ file: 'feature.js' }],
        runAt: 'document_start',
      }),
    ]);
    await syncInPageScripts(wanted(['*://*.x.com/*', '*://*.twitter.com/*']), false);
    await syncInPageScripts(wanted([]), false);
    expect(contentScripts.live()).toEqual([]);
    expect(contentScripts.calls).toEqual(['register', 'unregister', 'register', 'unregister']);
  });
});
