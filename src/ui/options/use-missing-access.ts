import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasHostAccess, hostsToAsk } from '@/src/permissions/host-access';
import type { Person } from '@/src/storage';

/**
 * The profiles whose hosts the extension may not access (she said no, or never answered the browser's prompt),
 * by profile id: kept fresh as she grants or withdraws access, here or in the browser's own settings.
 */
export function useMissingAccess(people: readonly Person[]): ReadonlySet<string> {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const asks = people.flatMap((person) =>
    person.profiles.map((profile) => ({ id: profile.id, origins: hostsToAsk(profile.target) })),
  );
  const key = asks.map((a) => `${a.id} ${a.origins.join(' ')}`).join('\n');
  useEffect(() => {
    let live = true;
    const check = async () => {
      const answers = await Promise.all(asks.map((a) => hasHostAccess(a.origins)));
      if (live) setMissing(new Set(asks.filter((_, i) => !answers[i]).map((a) => a.id)));
    };
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
    // `key` stands for `asks`: the same profiles with the same hosts need no new check.
  }, [key]);
  return missing;
}
