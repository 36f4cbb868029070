import { browser } from 'wxt/browser';
import { localDay } from '@/src/core';
import { addProfile, deviceTag, metaItem, readEvents, recordStart } from '@/src/storage';

/**
 * First run: the day she installed is "No contact since" until she sets it.
 * Existing data (an update, a reinstall with sync) is left as it is.
 */
export async function initialiseOnInstall(now: number, timeZone: string): Promise<void> {
  if (await metaItem.getValue()) return;
  const installDay = localDay(now, timeZone);
  await metaItem.setValue({ installedAt: now, installDay });
  await deviceTag();
  // Her install day stands in for "No contact since" until she sets it; it never overrides a day she set on
  // another of her browsers (see countingStarts).
  if (!(await readEvents()).some((e) => e.type === 'start')) await recordStart(installDay, now, true);
}

/** `npm run dev` opens a browser with a sample profile already blocked, to try the loop at once. */
export async function seedSampleProfile(now: number): Promise<void> {
  await addProfile({
    target: { kind: 'profile', platform: 'instagram', handle: 'sample.profile' },
    input: 'https://www.instagram.com/sample.profile/',
    now,
    defaultPersonName: 'Sample',
  });
}

/** First install: the welcome page, to set up while she's here (skippable; options links back to it). */
export async function openWelcomePage(): Promise<void> {
  try {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  } catch {
    // No tab could be opened (a browser without tabs): options and the popup still lead to setup.
  }
}
