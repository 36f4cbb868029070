import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { eventId, type NoContactEvent, targetKey } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { parseArrival } from '@/src/messages/arrival';
import {
  activeTargets,
  readSlipAnswers,
  readSnapshot,
  recordNow,
  type SlipAnswer,
  type Snapshot,
} from '@/src/storage';
import { caughtHit, conversationKey } from './caught-hit';

export interface InterstitialData {
  snapshot: Snapshot;
  slipAnswers: SlipAnswer[];
  /** This visit's id: the urge recorded on arrival and a slip, if she goes through, share it. */
  visit: string;
  /** How many urges had been recorded when she arrived, this one included: picks this visit's line. */
  visitNumber: number;
}

interface VisitState {
  noContactVisit?: string;
}

function isReload(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload';
}

/**
 * This visit's id, kept in the history entry so a reload or coming back to the entry is the same visit
 * (and records no second urge). `isNew` is false then.
 */
function visitOfThisEntry(): { visit: string; isNew: boolean } {
  const state = (history.state ?? {}) as VisitState;
  if (typeof state.noContactVisit === 'string') return { visit: state.noContactVisit, isNew: false };
  const visit = crypto.randomUUID();
  history.replaceState({ ...state, noContactVisit: visit } satisfies VisitState, '');
  // A tab that already showed the page when she listed it wasn't heading for him: no urge.
  return { visit, isNew: !isReload() && parseArrival(location.search) !== 'swept' };
}

function urgeTotal(events: readonly NoContactEvent[]): number {
  let n = 0;
  for (const e of events) n += e.type === 'urge' ? 1 : e.type === 'urge-day' ? e.count : 0;
  return n;
}

async function read(): Promise<Pick<InterstitialData, 'snapshot' | 'slipAnswers'>> {
  const [snapshot, slipAnswers] = await Promise.all([
    readSnapshot(now(), currentTimeZone()),
    readSlipAnswers(),
  ]);
  return { snapshot, slipAnswers };
}

/**
 * Everything the interstitial shows, from one read of storage (read again when storage changes). On a new
 * visit the urge is recorded and added to what was read, so the page renders once, already counting it.
 */
export function useInterstitialData(blockedUrl: string): InterstitialData | undefined {
  const [data, setData] = useState<InterstitialData>();
  useEffect(() => {
    let live = true;
    const { visit, isNew } = visitOfThisEntry();
    const first = read().then(({ snapshot, slipAnswers }) => {
      if (isNew) {
        const hit = caughtHit(activeTargets(snapshot.people), blockedUrl, conversationKey(location.search));
        const urge: NoContactEvent = {
          type: 'urge',
          at: now(),
          key: hit ? targetKey(hit.target) : undefined,
          visit,
          ...(hit && hit.moment !== 'profile' ? { moment: hit.moment } : {}),
        };
        snapshot.events.push({ ...urge, id: eventId(urge) });
        void recordNow((at) => ({ ...urge, at }), urge.at);
      }
      const visitNumber = urgeTotal(snapshot.events);
      if (live) setData({ snapshot, slipAnswers, visit, visitNumber });
      return visitNumber;
    });
    // Later changes (her answers, a contact recorded elsewhere) are read again once the first read is in.
    const onChanged = () =>
      void first.then(async (visitNumber) => {
        const fresh = await read();
        if (live) setData({ ...fresh, visit, visitNumber });
      });
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [blockedUrl]);
  return data;
}
