import { browser } from 'wxt/browser';
import { currentStreak } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { activeTargets } from '@/src/storage';
import { noContactSince } from '../common/no-contact-since';
import { useSnapshot } from '../common/use-snapshot';
import { PopupPage } from './PopupPage';

export function PopupApp() {
  const snapshot = useSnapshot();
  if (!snapshot) return null;
  const streak = currentStreak(
    snapshot.events,
    now(),
    currentTimeZone(),
    noContactSince(snapshot.events, snapshot.meta.installDay),
  );
  return (
    <PopupPage
      streak={streak}
      goalDays={snapshot.plan.goalDays}
      profileCount={activeTargets(snapshot.people).length}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
    />
  );
}
