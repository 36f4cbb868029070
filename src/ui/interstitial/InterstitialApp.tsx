import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createMatcher, currentStreak, describeTarget, targetKey } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { activeTargets, findProfileByKey, recordEvent } from '@/src/storage';
import { noContactSince } from '../common/no-contact-since';
import { planOrDefault } from '../common/plan-or-default';
import { useSnapshot } from '../common/use-snapshot';
import { InterstitialPage } from './InterstitialPage';

/** The blocked URL travels in the hash; it is only ever shown as text. */
function blockedUrl(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

function isReload(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload';
}

function goBack() {
  if (history.length > 1) history.back();
  else void browser.tabs.update({ url: import.meta.env.FIREFOX ? 'about:home' : 'chrome://newtab/' });
}

/** The interstitial wired to storage: records the urge once per arrival. */
export function InterstitialApp() {
  const snapshot = useSnapshot();
  const url = blockedUrl();

  useEffect(() => {
    if (!isReload()) {
      const key = snapshot && createMatcher(activeTargets(snapshot.people)).match(url);
      void recordEvent({
        type: 'urge',
        at: now(),
        key: key ? targetKey(key) : undefined,
        visit: crypto.randomUUID(),
      });
    }
  }, []);

  if (!snapshot) return null;
  const target = createMatcher(activeTargets(snapshot.people)).match(url);
  const found = target && findProfileByKey(snapshot.people, targetKey(target));
  const d = target && describeTarget(target);
  const streak = currentStreak(
    snapshot.events,
    now(),
    currentTimeZone(),
    noContactSince(snapshot.events, snapshot.meta.installDay),
  );
  return (
    <InterstitialPage
      planText={planOrDefault(snapshot.plan.text)}
      streak={streak}
      goalDays={snapshot.plan.goalDays}
      caughtLabel={d && found ? `${found.person.name} — ${d.platformName} · ${d.display}` : undefined}
      onGoBack={goBack}
    />
  );
}
