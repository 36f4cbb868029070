import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_HOST_PATTERNS } from '@/src/core/platform-hosts';
import { addProfile, peopleItem, readPeople } from '@/src/storage';
import {
  createContextMenus,
  handleMenuClick,
  MENU_LINK,
  MENU_PAGE,
  profileOf,
  updateMenuVisibility,
} from './context-menu';
import { invalidateMatcher } from './matcher-cache';
import { guardOpenTabs } from './navigation-guard';

const NOW = Date.UTC(2026, 2, 10, 14, 0);

/** Chrome's menus API, which the fake browser leaves out. */
function fakeMenus(withFirefoxExtras = false) {
  const menus = {
    create: vi.fn(),
    update: vi.fn().mockResolvedValue(undefined),
    removeAll: vi.fn().mockResolvedValue(undefined),
    onClicked: { addListener: vi.fn() },
    ...(withFirefoxExtras ? { refresh: vi.fn().mockResolvedValue(undefined) } : {}),
  };
  (fakeBrowser as unknown as Record<string, unknown>).contextMenus = menus;
  return menus;
}

const listedKeys = async () =>
  (await readPeople()).flatMap((p) => p.profiles.map((pr) => `${p.name}:${JSON.stringify(pr.target)}`));

describe('context menu', () => {
  beforeEach(() => {
    (fakeBrowser as unknown as Record<string, unknown>).menus = undefined;
  });

  it('recognises profiles, not posts, home pages or other sites', () => {
    expect(profileOf('https://www.instagram.com/sam.rivers_/')).toEqual({
      kind: 'profile',
      platform: 'instagram',
      handle: 'sam.rivers_',
    });
    expect(profileOf('https://www.instagram.com/p/Cabc123/')).toBeUndefined();
    expect(profileOf('https://www.instagram.com/')).toBeUndefined();
    expect(profileOf('https://example.org/blog')).toBeUndefined();
    expect(profileOf('chrome-extension://id/popup.html')).toBeUndefined();
    expect(profileOf(undefined)).toBeUndefined();
  });

  it('creates one entry for links and one for pages, limited to the social sites', async () => {
    const menus = fakeMenus();
    await createContextMenus();
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(menus.create).toHaveBeenCalledWith({
      id: MENU_LINK,
      title: 'Block this profile',
      contexts: ['link'],
      targetUrlPatterns: MENU_HOST_PATTERNS,
    });
    expect(menus.create).toHaveBeenCalledWith({
      id: MENU_PAGE,
      title: 'Block this profile',
      contexts: ['page'],
      documentUrlPatterns: MENU_HOST_PATTERNS,
    });
  });

  it('adds the profile a link points to, for the first person (created if needed)', async () => {
    const outcome = await handleMenuClick(
      { menuItemId: MENU_LINK, linkUrl: 'https://x.com/sam_rivers', pageUrl: 'https://example.org/' },
      NOW,
    );
    expect(outcome).toEqual({ kind: 'added', label: 'X · @sam_rivers' });
    expect(await listedKeys()).toEqual([
      `Him:${JSON.stringify({ kind: 'profile', platform: 'x', handle: 'sam_rivers' })}`,
    ]);
  });

  it('asks for a later platform’s hosts while the click still counts, and adds the profile', async () => {
    const request = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request });
    const outcome = await handleMenuClick(
      { menuItemId: MENU_LINK, linkUrl: 'https://www.twitch.tv/samrivers', pageUrl: 'https://example.org/' },
      NOW,
    );
    expect(outcome).toEqual({ kind: 'added', label: 'Twitch · samrivers' });
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.twitch.tv/*'] });
    expect(MENU_HOST_PATTERNS).toContain('*://*.twitch.tv/*');
  });

  it('adds the profile page she is on', async () => {
    const outcome = await handleMenuClick(
      { menuItemId: MENU_PAGE, pageUrl: 'https://www.instagram.com/sam.rivers_/' },
      NOW,
    );
    expect(outcome).toEqual({ kind: 'added', label: 'Instagram · @sam.rivers_' });
    const [person] = await readPeople();
    expect(person?.profiles[0]).toMatchObject({
      input: 'https://www.instagram.com/sam.rivers_/',
      addedAt: NOW,
      paused: false,
    });
  });

  it('adds nothing twice, and nothing that is not a profile', async () => {
    const page = { menuItemId: MENU_PAGE, pageUrl: 'https://www.instagram.com/sam.rivers_/' };
    await handleMenuClick(page, NOW);
    expect(await handleMenuClick(page, NOW)).toEqual({ kind: 'already', label: 'Instagram · @sam.rivers_' });
    expect(
      await handleMenuClick({ menuItemId: MENU_PAGE, pageUrl: 'https://www.instagram.com/p/Cabc/' }, NOW),
    ).toEqual({ kind: 'not-profile' });
    expect(await handleMenuClick({ menuItemId: 'something-else', pageUrl: page.pageUrl }, NOW)).toEqual({
      kind: 'ignored',
    });
    expect((await readPeople())[0]?.profiles).toHaveLength(1);
  });

  it('in Firefox, shows the entries only for profiles not yet on her list', async () => {
    const menus = fakeMenus(true);
    await addProfile({
      target: { kind: 'profile', platform: 'x', handle: 'sam_rivers' },
      input: 'x.com/sam_rivers',
      now: NOW,
      defaultPersonName: 'Him',
    });
    await updateMenuVisibility({
      linkUrl: 'https://x.com/sam_rivers',
      pageUrl: 'https://www.instagram.com/sam.rivers_/',
    });
    expect(menus.update).toHaveBeenCalledWith(MENU_LINK, { visible: false });
    expect(menus.update).toHaveBeenCalledWith(MENU_PAGE, { visible: true });
    expect(menus.refresh).toHaveBeenCalledAfter(menus.update);
  });

  it('in Firefox, shows the link entry when the URL is withheld (no host access to the page)', async () => {
    const menus = fakeMenus(true);
    await updateMenuVisibility({ pageUrl: 'https://www.instagram.com/p/Cabc/' });
    expect(menus.update).toHaveBeenCalledWith(MENU_LINK, { visible: true });
    expect(menus.update).toHaveBeenCalledWith(MENU_PAGE, { visible: false });
  });

  it('leaves Chrome menus as they are (it cannot look before the menu opens)', async () => {
    const menus = fakeMenus(false);
    await updateMenuVisibility({ pageUrl: 'https://www.instagram.com/p/Cabc/' });
    expect(menus.update).not.toHaveBeenCalled();
  });

  it('sends the tab on the profile to the interstitial, through the blocklist watcher', async () => {
    // As the background wires it: a changed list re-checks every open tab.
    const unwatch = peopleItem.watch(() => {
      invalidateMatcher();
      void guardOpenTabs(NOW);
    });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://www.instagram.com/sam.rivers_/',
      active: true,
    });
    const other = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/someone.else/' });
    await handleMenuClick({ menuItemId: MENU_PAGE, pageUrl: 'https://www.instagram.com/sam.rivers_/' }, NOW);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.get(tab.id as number))?.url).toBe(
        `${fakeBrowser.runtime.getURL('/interstitial.html')}?arrival=swept#https://www.instagram.com/sam.rivers_/`,
      ),
    );
    expect((await fakeBrowser.tabs.get(other.id as number))?.url).toBe(
      'https://www.instagram.com/someone.else/',
    );
    unwatch();
  });
});
