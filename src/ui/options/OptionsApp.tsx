import { describeTarget, localDay, parseTarget } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { addProfile, recordStart, removeProfile, savePlan } from '@/src/storage';
import { noContactSince } from '../common/no-contact-since';
import { planOrDefault } from '../common/plan-or-default';
import { useSnapshot } from '../common/use-snapshot';
import { OptionsPage } from './OptionsPage';
import type { PlanValues } from './PlanForm';
import type { AddOutcome } from './ProfileForm';
import { parseErrorMessage } from './parse-error-message';

async function addFromInput(input: string): Promise<AddOutcome> {
  const parsed = parseTarget(input);
  if (!parsed.ok) return { ok: false, error: parseErrorMessage((parsed as { code?: string }).code) };
  const d = describeTarget(parsed.target);
  const label = `${d.platformName} · ${d.display}`;
  const result = await addProfile({
    target: parsed.target,
    input: input.trim(),
    now: now(),
    defaultPersonName: t('defaultPersonName'),
  });
  return result.ok
    ? { ok: true, message: t('profileAdded', label) }
    : { ok: false, error: t('profileDuplicate', label) };
}

/** The options page wired to storage. */
export function OptionsApp() {
  const snapshot = useSnapshot();
  if (!snapshot) return null;
  const since = noContactSince(snapshot.events, snapshot.meta.installDay);
  const planText = planOrDefault(snapshot.plan.text);

  async function save(values: PlanValues) {
    await savePlan({
      text: values.text === planText && snapshot?.plan.text === null ? null : values.text,
      goalDays: values.goalDays,
    });
    if (values.since !== since) await recordStart(values.since, now());
  }

  return (
    <OptionsPage
      people={snapshot.people}
      plan={{ text: planText, goalDays: snapshot.plan.goalDays, since }}
      today={localDay(now(), currentTimeZone())}
      onAddProfile={addFromInput}
      onRemoveProfile={(id) => void removeProfile(id)}
      onSavePlan={save}
    />
  );
}
