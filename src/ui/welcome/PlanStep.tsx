import { useState } from 'preact/hooks';
import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
import { GoalDaysField } from '../common/GoalDaysField';
import { PlanTextField } from '../common/PlanTextField';
import { validatePlanFields } from '../common/plan-fields';
import type { CommitRef } from './step-commit';

export interface PlanStepProps {
  text: string;
  goalDays: number;
  today: LocalDay;
  onSave: (values: { text: string; goalDays: number }) => Promise<void>;
  commitRef: CommitRef;
}

/** Step 3: the plan she'll see instead of his profile (the default one to start from) and her goal in days. */
export function PlanStep({
  text: initialText,
  goalDays: initialGoal,
  today,
  onSave,
  commitRef,
}: PlanStepProps) {
  const [text, setText] = useState(initialText);
  const [goalDays, setGoalDays] = useState(String(initialGoal));
  const [error, setError] = useState<string>();

  async function save(): Promise<boolean> {
    const found = validatePlanFields({ since: today, goalDays }, today).goalDays;
    setError(found);
    if (found) return false;
    await onSave({ text, goalDays: Number(goalDays) });
    return true;
  }
  commitRef.current = async () => {
    const ok = await save();
    if (!ok) document.getElementById('goal-days')?.focus();
    return ok;
  };

  return (
    <>
      <p class="hint welcome-lead">{t('welcomePlanIntro')}</p>
      <PlanTextField value={text} onValue={setText} onBlur={() => void save()} />
      <GoalDaysField
        value={goalDays}
        onValue={(value) => {
          setGoalDays(value);
          setError(undefined);
        }}
        error={error}
        onBlur={() => void save()}
        inputMode="numeric"
      />
    </>
  );
}
