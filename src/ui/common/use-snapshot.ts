import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentTimeZone, now } from '@/src/env/clock';
import { readSnapshot, type Snapshot } from '@/src/storage';

/** The stored data, read once, and read again whenever storage changes. */
export function useSnapshot(): Snapshot | undefined {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  useEffect(() => {
    let live = true;
    const load = () => readSnapshot(now(), currentTimeZone()).then((s) => live && setSnapshot(s));
    load();
    const onChanged = () => load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return snapshot;
}
