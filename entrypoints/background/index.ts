import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALLOWANCE_ALARM, expireAllowances } from '@/src/background/allowances';
import { beat, ensureHeartbeatAlarm, HEARTBEAT_ALARM } from '@/src/background/heartbeat';
import { initialiseOnInstall, seedSampleProfile } from '@/src/background/install';
import { invalidateMatcher } from '@/src/background/matcher-cache';
import { handleMessage } from '@/src/background/messages';
import { notifyDueMilestone } from '@/src/background/milestone-notifier';
import { guardOpenTabs, guardTab } from '@/src/background/navigation-guard';
import { syncRedirectRules } from '@/src/background/redirect-rules';
import { redirectBlockedRequest } from '@/src/background/web-request-guard';
import { currentTimeZone, now } from '@/src/env/clock';
import { eventsItem, peopleItem } from '@/src/storage';

export default defineBackground(() => {
  const usesDnr = import.meta.env.MANIFEST_VERSION === 3;

  async function applyBlocklist() {
    invalidateMatcher();
    if (usesDnr) await syncRedirectRules();
    await guardOpenTabs(now());
  }

  // Listeners are registered synchronously at start so an event that wakes the worker is delivered.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') {
      await initialiseOnInstall(now(), currentTimeZone());
      if (import.meta.env.DEV) await seedSampleProfile(now());
    }
    await applyBlocklist();
  });
  browser.runtime.onStartup.addListener(() => applyBlocklist());
  peopleItem.watch(() => applyBlocklist());

  // Second layer: navigations the first layer cannot see.
  browser.webNavigation.onHistoryStateUpdated.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0) guardTab(tabId, url, now());
  });
  browser.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
    if (frameId === 0) guardTab(tabId, url, now());
  });

  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, usesDnr));
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === ALLOWANCE_ALARM) void expireAllowances(now(), usesDnr);
    if (name === HEARTBEAT_ALARM)
      void beat(now(), currentTimeZone()).then(() => notifyDueMilestone(now(), currentTimeZone()));
  });
  eventsItem.watch(() => void notifyDueMilestone(now(), currentTimeZone()));
  void ensureHeartbeatAlarm();
  void beat(now(), currentTimeZone());
  browser.tabs.onRemoved.addListener((tabId) => void expireAllowances(now(), usesDnr, tabId));

  if (!usesDnr) {
    browser.webRequest.onBeforeRequest.addListener(
      redirectBlockedRequest as never,
      { urls: ['<all_urls>'], types: ['main_frame'] },
      ['blocking'],
    );
  }
});
