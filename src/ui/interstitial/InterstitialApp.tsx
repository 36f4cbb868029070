import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  currentStreak,
  type Hit,
  noContactSince,
  type Target,
  targetKey,
  urgesThisWeek,
  urgesToday,
} from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { entriesToSkip, parseArrival } from '@/src/messages/arrival';
import type { CountdownReply, GoThroughReply } from '@/src/messages/replies';
import {
  activeTargets,
  addJournalEntry,
  answerSlip,
  JOURNAL_MAX_CHARS,
  pendingSlip,
  personOfTarget,
} from '@/src/storage';
import { planOrDefault } from '../common/plan-or-default';
import { caughtHit, conversationKey } from './caught-hit';
import { changingLines, pickLine } from './changing-line';
import { InterstitialPage } from './InterstitialPage';
import { useInterstitialData } from './use-interstitial-data';

/** The blocked URL travels in the hash; it is only ever shown as text. */
function blockedUrl(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/**
 * From the interstitial to another blocked URL, the redirect lands on this same page with a new hash, which
 * the browser treats as a same-document navigation: follow the hash, as a new visit.
 */
function useBlockedUrl(): string {
  const [url, setUrl] = useState(blockedUrl);
  useEffect(() => {
    const follow = () => setUrl(blockedUrl());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return url;
}

/**
 * Away from here: after a search for him, to the front page of the site she searched on — never back into the
 * search, which the entries behind this page may hold (a search stopped on a host without access leaves its
 * error page there). Otherwise back past the profile's own entry when it had loaded, or to a new tab when
 * there's no way back.
 */
function goBack(home: string | undefined) {
  if (home) {
    void browser.tabs.update({ url: home });
    return;
  }
  const skip = entriesToSkip(parseArrival(location.search));
  if (history.length > skip) {
    history.go(-skip);
    leaveIfStillHere();
  } else void browser.tabs.update({ url: NEW_TAB });
}

const NEW_TAB = import.meta.env.FIREFOX ? 'about:home' : 'chrome://newtab/';

/**
 * "Go back" must take her away, whatever the history does: Firefox has been seen to drop a step back asked
 * for while a just-redirected page was settling, leaving the tab here (e2e core loop, under load). A page that
 * left, or went into the back/forward cache, runs no timers, so this acts only when she is still here; and
 * only when the step back never started: on a loaded machine it may take longer than the wait, and the tab
 * is loading then (a new tab opened over it would cancel it).
 */
function leaveIfStillHere(): void {
  let left = false;
  addEventListener('pagehide', () => (left = true), { once: true });
  let waits = 0;
  const check = async () => {
    if (left) return;
    const tab = await browser.tabs.getCurrent().catch(() => undefined);
    if (left) return;
    if (tab?.status === 'loading' && ++waits < STEP_BACK_WAITS) setTimeout(check, STEP_BACK_WAIT_MS);
    else void browser.tabs.update({ url: NEW_TAB });
  };
  setTimeout(check, STEP_BACK_WAIT_MS);
}

/** How long a step back may take before she is taken to a new tab instead: 2 s at a time, 10 s while it loads. */
const STEP_BACK_WAIT_MS = 2_000;
const STEP_BACK_WAITS = 5;

/** The front page of the site a search was made on: `https://www.google.com/`. */
function searchHome(url: string): string | undefined {
  try {
    return new URL('/', url).href;
  } catch {
    return undefined;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A reply from the background, or a refusal when there was none (it ignores what it doesn't accept). */
async function ask<R extends { ok: boolean }>(message: unknown): Promise<R> {
  const reply = (await browser.runtime.sendMessage(message)) as R | undefined;
  if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') {
    throw new Error('no reply from the background');
  }
  return reply;
}

const REMINDERS = ['reminderWave', 'reminderLooking', 'reminderPassed'] as const;

/**
 * Her label for what caught this ("Phone · +34 600 00 00 00"), loaded once the page shows: labels carry the
 * phone-number metadata, which the page needs for nothing else.
 */
function useTargetLabel(target: Target | undefined): string | undefined {
  const key = target && targetKey(target);
  const [label, setLabel] = useState<{ key: string; text: string }>();
  useEffect(() => {
    if (!target || !key) return;
    let live = true;
    void import('../options/target-label').then(({ targetLabel }) => {
      if (live) setLabel({ key, text: targetLabel(target) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return label?.key === key ? label?.text : undefined;
}

/**
 * "Kai — Instagram · @kai.morgan"; for a conversation whose header showed a name he goes by, his name alone (the
 * name's own label speaks of a search).
 */
function caughtLabel(person: string | undefined, hit: Hit | undefined, label: string | undefined) {
  if (!person || !hit) return undefined;
  if (hit.target.kind === 'name' && hit.moment === 'contact') return person;
  return label && `${person} — ${label}`;
}

/** The interstitial wired to storage and the background: records the urge once per arrival. */
export function InterstitialApp() {
  const url = useBlockedUrl();
  const data = useInterstitialData(url);
  const withKey = conversationKey(location.search);
  const hit = data && caughtHit(activeTargets(data.snapshot.people), url, withKey);
  const label = useTargetLabel(hit?.target);
  if (!data) return null;

  const { snapshot, visit } = data;
  const at = now();
  const zone = currentTimeZone();
  const person = hit && personOfTarget(snapshot.people, hit.target);
  const streak = currentStreak(
    snapshot.events,
    at,
    zone,
    noContactSince(snapshot.events, snapshot.meta.installDay),
  );
  // This visit hasn't been turned back yet: count the ones before it.
  const before = snapshot.events.filter((e) => !(e.type === 'urge' && e.visit === visit));
  const planText = planOrDefault(snapshot.plan.text);
  const slip = pendingSlip(snapshot.events, data.slipAnswers, at, snapshot.device);
  const lines = changingLines(
    snapshot.plan.reasons,
    planText,
    REMINDERS.map((key) => t(key)),
  );

  return (
    <InterstitialPage
      planText={planText}
      streak={streak}
      goalDays={snapshot.plan.goalDays}
      urges={{ today: urgesToday(before, at, zone).resisted, week: urgesThisWeek(before, at, zone).resisted }}
      changingLine={pickLine(lines, data.visitNumber)}
      caughtLabel={caughtLabel(person?.name, hit, label)}
      moment={hit?.moment}
      momentLine={hit?.moment === 'search' ? t('interstitialSearchLine') : undefined}
      friend={snapshot.plan.friend}
      askAboutSlip={slip !== null}
      slipMoment={slip?.moment}
      strict={snapshot.settings.strict}
      reducedMotion={prefersReducedMotion()}
      journalMaxChars={JOURNAL_MAX_CHARS}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onGoBack={() => goBack(hit?.moment === 'search' ? searchHome(url) : undefined)}
      onSaveJournal={async (text) => {
        await addJournalEntry(text, now());
      }}
      onAnswerSlip={async (contacted) => {
        if (slip) await answerSlip(slip, contacted, now());
      }}
      onStartCountdown={() => ask<CountdownReply>({ type: 'start-countdown', url, with: withKey })}
      onGoThrough={() => ask<GoThroughReply>({ type: 'go-through', url, visit, with: withKey })}
    />
  );
}
