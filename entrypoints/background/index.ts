import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALLOWANCE_ALARM, expireAllowances } from '@/src/background/allowances';
import { createContextMenus } from '@/src/background/context-menu';
import { beat, ensureHeartbeatAlarm, HEARTBEAT_ALARM } from '@/src/background/heartbeat';
import { initialiseOnInstall, openWelcomePage, seedSampleProfile } from '@/src/background/install';
import { applyBlocklist as applyInterception, registerInterception } from '@/src/background/interception';
import { handleMessage } from '@/src/background/messages';
import { notifyDueMilestone } from '@/src/background/milestone-notifier';
import { registerPendingChanges } from '@/src/background/pending-changes';
import { isPrivateCopy } from '@/src/background/private-copy';
import { registerToolbar } from '@/src/background/toolbar';
import { currentTimeZone, now } from '@/src/env/clock';
import { eventsItem, peopleItem, settingsItem, syncNow, watchSync } from '@/src/storage';

export default defineBackground(() => {
  const usesDnr = import.meta.env.MANIFEST_VERSION === 3;
  // Chrome's private-window copy intercepts in its own tabs; her record is kept by the main copy.
  const mainCopy = !isPrivateCopy();

  // Rules, the in-page guard, target listeners and tabs already open, after any change to her list or to
  // host access.
  const applyBlocklist = () => applyInterception({ usesDnr, keepsShared: mainCopy }, now());

  // Listeners are registered synchronously at start so an event that wakes the worker is delivered.
  peopleItem.watch(() => applyBlocklist());
  // Folding his posts in her feeds follows the switch in Protection.
  settingsItem.watch(() => applyBlocklist());
  // Both interception layers (redirect rules or webRequest; filtered webNavigation listeners).
  registerInterception(usesDnr, now, applyBlocklist);
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, usesDnr));
  browser.tabs.onRemoved.addListener((tabId) => void expireAllowances(now(), usesDnr, tabId));
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === ALLOWANCE_ALARM) void expireAllowances(now(), usesDnr);
  });
  // Toolbar badge (streak days) and the "Block this profile" menu entries.
  registerToolbar();

  if (!mainCopy) {
    // Install and startup events reach the main copy only; the private windows' menu is this copy's own.
    void createContextMenus();
    return;
  }

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') {
      await initialiseOnInstall(now(), currentTimeZone());
      if (import.meta.env.DEV) await seedSampleProfile(now());
      void openWelcomePage();
    }
    await applyBlocklist();
  });
  browser.runtime.onStartup.addListener(() => applyBlocklist());
  browser.alarms.onAlarm.addListener(({ name }) => {
    // Each beat also syncs again, so sync data that stayed unreadable is written over in time.
    if (name === HEARTBEAT_ALARM)
      void beat(now(), currentTimeZone())
        .then(() => notifyDueMilestone(now(), currentTimeZone()))
        .then(() => syncNow(now(), currentTimeZone()));
  });
  eventsItem.watch(() => void notifyDueMilestone(now(), currentTimeZone()));
  void ensureHeartbeatAlarm();
  void beat(now(), currentTimeZone());
  // Commitment delay: weakening changes she asked for apply when due (alarm), or at the next start.
  registerPendingChanges();
  // Sync (when she turned it on): people, profiles, plan, settings and her record to and from storage.sync.
  watchSync(now, currentTimeZone);
});
