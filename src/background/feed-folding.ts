import { browser } from 'wxt/browser';
import { FEED_PLATFORMS, type Platform } from '@/src/core';
import { PLATFORM_RULES } from '@/src/core/platforms';
import { subdomainPatterns } from '@/src/core/platforms/regex-text';
import { hasHostAccess } from '@/src/permissions/host-access';
import { feedProfiles, readPeople, readSettings, writeFeedList } from '@/src/storage';
import { FEED_LIST_DATA, feedListData } from '@/src/storage/feed-list';
import { type InPageScript, platformPatterns } from './in-page-scripts';

/**
 * Folding his posts away in her feeds: the background writes the profiles to fold for the feed folder
 * (entrypoints/feed-folder.ts) and registers it, with its style sheet, on the platforms with feed markup, only
 * while there is someone to fold. With no one, the feed folder is not registered at all: the platforms' pages
 * carry nothing of it (the in-page guard's cost is unchanged).
 */
export const FEED_FOLDER_ID = 'feed-folder';

/** The feed platforms' match patterns: install-time hosts, and the later platforms' where she gave access. */
export async function feedPatterns(platforms: readonly Platform[] = FEED_PLATFORMS): Promise<string[]> {
  const installed = platforms.filter((p) => PLATFORM_RULES[p].access === 'install');
  const optional = platforms.filter((p) => PLATFORM_RULES[p].access === 'optional');
  const granted = await Promise.all(
    optional.map(async (p) => {
      const patterns = subdomainPatterns(PLATFORM_RULES[p].domains);
      return (await hasHostAccess(patterns)) ? patterns : [];
    }),
  );
  return [...platformPatterns(installed), ...granted.flat()];
}

/**
 * Writes the feed folder's list and says where it must run: nowhere when no one is to be folded. The list also
 * goes inside the registration (Firefox): the page then folds from its first moment, with no read, no wait and
 * no extension call; storage stays the way in for Chrome and for a page that started before the registration.
 */
export async function feedFolderScript(): Promise<InPageScript> {
  const [people, settings] = await Promise.all([readPeople(), readSettings()]);
  const profiles = feedProfiles(people, settings);
  await writeFeedList(browser.storage.local, profiles);
  return {
    id: FEED_FOLDER_ID,
    file: `${FEED_FOLDER_ID}.js`,
    css: [`${FEED_FOLDER_ID}.css`],
    data: { key: FEED_LIST_DATA, value: feedListData(profiles, browser.i18n.getMessage('foldedLine')) },
    matches: profiles.length > 0 ? await feedPatterns() : [],
  };
}
