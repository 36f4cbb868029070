import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bestStreak, noContactSince } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { requestHostAccessFor } from '@/src/permissions/host-access';
import { addProfile, readEvents, recordEvent, recordNow } from '@/src/storage';
import { useSnapshot } from '../common/use-snapshot';
import { activeTabUrl } from './active-tab';
import { PopupPage } from './PopupPage';
import { blockState, popupView, profileCount, type WarningKind } from './popup-view';
import { browserHoles, fixHole } from './protection-holes';

/** Performance mark set once the data is rendered (read by bench/popup-paint.ts). */
export const READY_MARK = 'popup-data-rendered';

/** The popup wired to storage and the browser: one storage read, the tab's address, and the browser's holes. */
export function PopupApp() {
  const snapshot = useSnapshot();
  const [tabUrl, setTabUrl] = useState<string | undefined | null>(null);
  const [holes, setHoles] = useState<WarningKind[]>([]);

  useEffect(() => {
    activeTabUrl().then(setTabUrl, () => setTabUrl(undefined));
    browserHoles().then(setHoles, () => setHoles([]));
  }, []);

  const at = now();
  const timeZone = currentTimeZone();
  const view = useMemo(() => snapshot && popupView(snapshot, at, timeZone), [snapshot]);

  // For `npm run bench`: when her numbers were first on screen.
  useEffect(() => {
    if (view && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [view]);
  const people = snapshot?.people ?? [];
  const block = !snapshot || tabUrl === null ? { kind: 'loading' as const } : blockState(tabUrl, people);
  const warnings: WarningKind[] = [
    ...(snapshot && profileCount(snapshot.people) === 0 ? (['no-profiles'] as const) : []),
    ...holes,
  ];

  async function onBlock(personId: string | undefined): Promise<boolean> {
    if (block.kind !== 'profile') return false;
    // A platform beyond the first ten: its hosts are asked for now, while her click still counts (before
    // any await); declining still blocks it (src/permissions/host-access.ts).
    void requestHostAccessFor(block.target);
    try {
      // The background watches the list and sends every tab open on this profile to the interstitial.
      await addProfile({
        target: block.target,
        input: block.url,
        now: now(),
        personId,
        defaultPersonName: t('defaultPersonName'),
      });
      return true;
    } catch {
      return false;
    }
  }

  async function onContacted(contactAt: number): Promise<number> {
    // "Now" is recorded after anything her record holds, whatever this clock says; a time she picks, as given.
    if (contactAt === at) await recordNow((stamped) => ({ type: 'contact', at: stamped }), now());
    else await recordEvent({ type: 'contact', at: contactAt });
    const events = await readEvents();
    const installDay = snapshot?.meta.installDay;
    const since = installDay === undefined ? undefined : noContactSince(events, installDay);
    return bestStreak(events, now(), currentTimeZone(), since).days;
  }

  return (
    <PopupPage
      view={view ?? null}
      block={block}
      people={people.map((p) => ({ id: p.id, name: p.name }))}
      warnings={warnings}
      privateFixInWords={import.meta.env.FIREFOX}
      now={at}
      locale={browser.i18n.getUILanguage()}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
      onBlock={onBlock}
      onContacted={onContacted}
      onFixWarning={(kind) => {
        // Access is asked for here, then checked again; the other steps open a page, and the popup makes way.
        void fixHole(kind).then(() =>
          kind === 'host-access' ? browserHoles().then(setHoles) : window.close(),
        );
      }}
    />
  );
}
