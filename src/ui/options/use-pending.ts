import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentTimeZone, now } from '@/src/env/clock';
import {
  applyDuePending,
  type PendingChange,
  readPending,
  type SyncStatus,
  syncEnabledItem,
  syncStatusItem,
} from '@/src/storage';

export interface PendingAndSync {
  pending: PendingChange[];
  syncEnabled: boolean;
  /** How the background's last sync went. */
  syncStatus: SyncStatus | null;
}

/**
 * The waiting changes and this device's sync choice, kept fresh. While the page is open, a change that
 * falls due is applied on time here too (the background does it as well; applying twice is harmless).
 */
export function usePendingAndSync(): PendingAndSync | undefined {
  const [state, setState] = useState<PendingAndSync>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      await applyDuePending(now(), currentTimeZone());
      const [pending, syncEnabled, syncStatus] = await Promise.all([
        readPending(),
        syncEnabledItem.getValue(),
        syncStatusItem.getValue(),
      ]);
      if (!live) return;
      setState({ pending, syncEnabled, syncStatus });
      clearTimeout(timer);
      if (pending.length > 0) {
        const next = Math.min(...pending.map((c) => c.effectiveAt));
        // Timers cap at about 24.8 days; a later change is picked up on a later visit.
        timer = setTimeout(load, Math.min(Math.max(next - now() + 50, 50), 2 ** 31 - 1));
      }
    };
    void load();
    const onChanged = () => void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
