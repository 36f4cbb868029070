import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentStreak, type LocalDay, localDay, noContactSince, targetUrl } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import {
  activeTargets,
  addPerson,
  readPending,
  readPeople,
  readSnapshot,
  renamePerson,
  savePlan,
} from '@/src/storage';
import { askForSearchAccess, saveNames } from '../common/names-save';
import { type PlanFields, savePlanFields } from '../common/plan-fields';
import { planOrDefault } from '../common/plan-or-default';
import { addFromInput, recognise } from '../common/profile-input';
import { useBrowserStatus } from '../common/use-browser-status';
import { useSnapshot } from '../common/use-snapshot';
import { targetLabel } from '../options/target-label';
import { fixHole } from '../popup/protection-holes';
import { STEP_COUNT, stepFromHash } from './step-commit';
import { WelcomePage } from './WelcomePage';

/** Runs storage writes one after another: a blur and a click can save at the same moment. */
function useSerial() {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return <R,>(task: () => Promise<R>): Promise<R> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  };
}

/** Names him: renames the first person, or creates him when there is no one yet and she typed a name. */
async function saveName(typed: string): Promise<void> {
  const name = typed.trim().slice(0, 80);
  const [first] = await readPeople();
  if (first) {
    const wanted = name || t('defaultPersonName');
    if (first.name !== wanted) await renamePerson(first.id, wanted);
  } else if (name) {
    await addPerson(name);
  }
}

/** His names, on the first person (created, as "Him", when she gives names before anything else). */
async function saveWelcomeNames(names: string[]): Promise<void> {
  let [first] = await readPeople();
  if (!first && names.length === 0) return;
  first ??= await addPerson(t('defaultPersonName'));
  await saveNames(first, names, await readPending());
}

/** Saves some of her plan fields, measured against what is stored at that moment. */
async function savePlanChanges(changes: Partial<PlanFields>): Promise<void> {
  const snapshot = await readSnapshot(now(), currentTimeZone());
  const current = {
    storedText: snapshot.plan.text,
    shownText: planOrDefault(snapshot.plan.text),
    since: noContactSince(snapshot.events, snapshot.meta.installDay),
  };
  await savePlanFields(
    { text: current.shownText, goalDays: snapshot.plan.goalDays, since: current.since, ...changes },
    current,
  );
}

/** The welcome page wired to storage and the browser. */
export function WelcomeApp() {
  const snapshot = useSnapshot();
  const { status, recheck } = useBrowserStatus();
  const [step, setStep] = useState(() => stepFromHash(location.hash));
  const serial = useSerial();

  // Back from the browser's settings (private windows, site access): ask again.
  useEffect(() => {
    const onFocus = () => void recheck();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [recheck]);

  if (!snapshot) return null;
  const at = now();
  const zone = currentTimeZone();
  const today: LocalDay = localDay(at, zone);
  const since = noContactSince(snapshot.events, snapshot.meta.installDay);
  const profiles = snapshot.people.flatMap((p) => p.profiles);
  const first = activeTargets(snapshot.people).find((target) => target.kind !== 'name');

  function goTo(next: number) {
    const n = Math.min(Math.max(next, 1), STEP_COUNT);
    history.replaceState(history.state, '', `#step-${n}`);
    setStep(n);
  }

  return (
    <WelcomePage
      step={step}
      onStep={goTo}
      who={{
        name: snapshot.people[0]?.name ?? '',
        profiles: profiles.map((p) => ({
          id: p.id,
          label: targetLabel(p.target),
          platform: p.target.kind === 'profile' ? p.target.platform : undefined,
        })),
        recognise,
        onAdd: (input, name) =>
          serial(() => addFromInput(input, undefined, name.trim().slice(0, 80) || t('defaultPersonName'))),
        onSaveName: (name) => serial(() => saveName(name)),
        names: snapshot.people[0]?.names ?? [],
        onSaveNames: (names) => {
          askForSearchAccess(snapshot.people[0]?.names ?? [], names);
          return serial(() => saveWelcomeNames(names));
        },
      }}
      since={{ since, today, onSave: (day) => serial(() => savePlanChanges({ since: day })) }}
      plan={{
        text: planOrDefault(snapshot.plan.text),
        goalDays: snapshot.plan.goalDays,
        today,
        onSave: (values) => serial(() => savePlanChanges(values)),
      }}
      friend={{
        friend: snapshot.plan.friend,
        onSave: (friend) => serial(async () => void (await savePlan({ friend }))),
      }}
      backDoor={{
        status,
        firefox: !!import.meta.env.FIREFOX,
        onOpenExtensionPage: () => void fixHole('private'),
        onAllowHostAccess: async () => {
          await fixHole('host-access');
          await recheck();
        },
        onRecheck: recheck,
      }}
      done={{
        streak: currentStreak(snapshot.events, at, zone, since),
        goalDays: snapshot.plan.goalDays,
        tryIt: first && { url: targetUrl(first), label: targetLabel(first) },
        optionsUrl: browser.runtime.getURL('/options.html'),
      }}
    />
  );
}
