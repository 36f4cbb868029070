import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Platform } from '@/src/core';
import { inlineDataCode } from '@/src/core/inline-data';
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
    const live = new Set<{ matches: string[]; js: ({ file: string } | { code: string })[] }>();
    const calls: string[] = [];
    return {
      calls,
      live: () => [...live],
      register: async (options: { matches: string[]; js: ({ file: string } | { code: string })[] }) => {
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

  /** Firefox's tabs.query and tabs.executeScript, over a fixed set of open tabs. */
  function fakeTabs(open: { id: number; url: string }[]) {
    const ran: { tabId: number; code: string }[] = [];
    return {
      ran,
      query: async ({ url }: { url: string[] }) =>
        open.filter((t) =>
          url.some((p) => t.url.startsWith(p.replace('*://*.', 'https://www.').replace(/\*$/, ''))),
        ),
      executeScript: async (tabId: number, { code }: { code: string }) => {
        if (tabId === 3) throw new Error('Missing host permission for the tab');
        ran.push({ tabId, code });
      },
    };
  }

  it('hands data to pages inside the registration, and to the pages open when it changes', async () => {
    fakeBrowser.reset();
    const contentScripts = fakeContentScripts();
    const tabs = fakeTabs([
      { id: 1, url: 'https://www.x.com/home' },
      { id: 2, url: 'https://www.example.org/' },
      { id: 3, url: 'https://www.x.com/settings' },
    ]);
    Object.assign(fakeBrowser, { contentScripts, tabs });
    const wanted = (needles: string[]) => [
      { id: 'list', data: { key: 'list', value: needles }, matches: ['*://*.x.com/*'] },
      { id: 'feature', file: 'feature.js', data: { key: 'feature', value: 1 }, matches: ['*://*.x.com/*'] },
    ];
    await syncInPageScripts(wanted(['exname']), false);
    expect(contentScripts.live()).toEqual([
      expect.objectContaining({ js: [{ code: inlineDataCode('list', ['exname']) }] }),
      expect.objectContaining({ js: [{ code: inlineDataCode('feature', 1) }, { file: 'feature.js' }] }),
    ]);
    // A first registration is for pages still to come: nothing is run in open tabs.
    expect(tabs.ran).toEqual([]);
    await syncInPageScripts(wanted(['exname']), false);
    expect(contentScripts.calls).toEqual(['register', 'register']);

    await syncInPageScripts(wanted(['exname', 'other']), false);
    expect(contentScripts.live()).toContainEqual(
      expect.objectContaining({ js: [{ code: inlineDataCode('list', ['exname', 'other']) }] }),
    );
    // The open x.com tab gets it; the one it may not reach is left to its fallback; example.org is not asked.
    expect(tabs.ran).toEqual([{ tabId: 1, code: inlineDataCode('list', ['exname', 'other']) }]);
  });

  it('tells the open pages its last value when a script is needed nowhere any more', async () => {
    fakeBrowser.reset();
    const contentScripts = fakeContentScripts();
    const tabs = fakeTabs([{ id: 1, url: 'https://www.x.com/home' }]);
    Object.assign(fakeBrowser, { contentScripts, tabs });
    const wanted = (profiles: string[], matches: string[]) => [
      { id: 'folder', file: 'folder.js', data: { key: 'folder', value: profiles }, matches },
    ];
    await syncInPageScripts(wanted(['x:exname'], ['*://*.x.com/*']), false);
    await syncInPageScripts(wanted([], []), false);
    expect(contentScripts.live()).toEqual([]);
    expect(tabs.ran).toEqual([{ tabId: 1, code: inlineDataCode('folder', []) }]);
  });
});
