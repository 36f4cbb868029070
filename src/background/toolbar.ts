import { browser } from 'wxt/browser';
import { currentTimeZone, now } from '@/src/env/clock';
import { eventsItem, metaItem } from '@/src/storage';
import { BADGE_ALARM, refreshBadge } from './badge';
import { createContextMenus, handleMenuClick, menusApi, updateMenuVisibility } from './context-menu';

/**
 * The toolbar badge and the "Block this profile" menu entries. Call synchronously from the background's main,
 * so the events that wake the worker (an alarm, a menu click) are delivered.
 */
export function registerToolbar(): void {
  const refresh = () => void refreshBadge(now(), currentTimeZone());

  // Every change to the streak's inputs, her local midnight, and each start of the worker or the browser.
  eventsItem.watch(refresh);
  metaItem.watch(refresh);
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === BADGE_ALARM) refresh();
  });
  browser.runtime.onStartup.addListener(() => {
    refresh();
    void createContextMenus();
  });
  browser.runtime.onInstalled.addListener(() => {
    refresh();
    void createContextMenus();
  });
  refresh();

  const menus = menusApi();
  // The added profile reaches the blocklist watcher, which sends the tab to the interstitial.
  menus?.onClicked.addListener((info) => void handleMenuClick(info, now()));
  menus?.onShown?.addListener((info) => void updateMenuVisibility(info));
}
