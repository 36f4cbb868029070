import { browser } from 'wxt/browser';
import { describeProfile, type ProfileTarget, profileAt, targetKey } from '@/src/core';
import { MENU_HOST_PATTERNS } from '@/src/core/platform-hosts';
import { t } from '@/src/i18n/t';
import { requestHostAccessFor } from '@/src/permissions/host-access';
import { addProfile, readPeople } from '@/src/storage';

/** "Block this profile" on a link to a profile (on any page). */
export const MENU_LINK = 'block-profile-link';
/** "Block this profile" on a profile page itself. */
export const MENU_PAGE = 'block-profile-page';

interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

type MenusApi = typeof browser.contextMenus & {
  onShown?: { addListener(cb: (info: { linkUrl?: string; pageUrl?: string }) => void): void };
  refresh?: () => Promise<void>;
};

/** `menus` in Firefox (which can hide an entry once it sees the URL), `contextMenus` in Chrome. */
export function menusApi(): MenusApi | undefined {
  const api = browser as unknown as { menus?: MenusApi; contextMenus?: MenusApi };
  return api.menus ?? api.contextMenus;
}

/** The profile a URL shows, if the matcher recognises it as one (not a post, not a home page, not a site). */
export function profileOf(url: string | undefined): ProfileTarget | undefined {
  return url === undefined ? undefined : profileAt(url);
}

/**
 * The two entries, on the social sites' hosts only. Menus persist across worker restarts but not always across
 * updates, so they are recreated on install and on browser start; removing first keeps ids unique.
 */
export async function createContextMenus(): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await menus.removeAll();
  const title = t('blockThisProfile');
  menus.create({ id: MENU_LINK, title, contexts: ['link'], targetUrlPatterns: MENU_HOST_PATTERNS });
  menus.create({ id: MENU_PAGE, title, contexts: ['page'], documentUrlPatterns: MENU_HOST_PATTERNS });
}

export type MenuOutcome =
  | { kind: 'added'; label: string }
  | { kind: 'already'; label: string }
  | { kind: 'not-profile' }
  | { kind: 'ignored' };

/**
 * A click on "Block this profile": the profile joins her list (the first person's, as in the popup). The
 * background's blocklist watcher then sends every tab open on it, this one included, to the interstitial.
 */
export async function handleMenuClick(info: MenuClick, now: number): Promise<MenuOutcome> {
  const url =
    info.menuItemId === MENU_LINK ? info.linkUrl : info.menuItemId === MENU_PAGE ? info.pageUrl : undefined;
  if (url === undefined) return { kind: 'ignored' };
  const target = profileOf(url);
  if (!target) return { kind: 'not-profile' };
  // A platform beyond the first ten: asked for while the menu click still counts as her gesture.
  void requestHostAccessFor(target);
  const d = describeProfile(target);
  const label = `${d.platformName} · ${d.display}`;
  const result = await addProfile({ target, input: url, now, defaultPersonName: t('defaultPersonName') });
  return result.ok ? { kind: 'added', label } : { kind: 'already', label };
}

/**
 * Firefox only: as the menu opens, show the entry only when the link or page is a profile not yet on her list.
 * Chrome cannot look before the menu opens; there a click on anything else does nothing.
 */
export async function updateMenuVisibility(info: { linkUrl?: string; pageUrl?: string }): Promise<void> {
  const menus = menusApi();
  if (!menus?.refresh) return;
  const listed = new Set((await readPeople()).flatMap((p) => p.profiles.map((pr) => targetKey(pr.target))));
  const blockable = (url: string | undefined) => {
    // Firefox leaves the URL out on pages the extension has no host access to: then it cannot tell, so shows.
    if (url === undefined) return true;
    const target = profileOf(url);
    return !!target && !listed.has(targetKey(target));
  };
  // Both, every time: an entry hidden last time is not among the ids the next onShown reports.
  await Promise.all([
    menus.update(MENU_LINK, { visible: blockable(info.linkUrl) }),
    menus.update(MENU_PAGE, { visible: blockable(info.pageUrl) }),
  ]);
  await menus.refresh();
}
