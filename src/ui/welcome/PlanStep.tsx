import { useState } from 'preact/hooks';
import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
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
      <div class="field">
        <label for="plan-text">{t('planLabel')}</label>
        <textarea
          id="plan-text"
          rows={8}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onBlur={() => void save()}
          aria-describedby="plan-hint"
        />
        <p id="plan-hint" class="hint">
          {t('planHint')}
        </p>
      </div>
      <div class="field">
        <label for="goal-days">{t('goalDaysLabel')}</label>
        <input
          id="goal-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={goalDays}
          onInput={(e) => {
            setGoalDays(e.currentTarget.value);
            setError(undefined);
          }}
          onBlur={() => void save()}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'goal-error' : undefined}
        />
        {error && (
          <p id="goal-error" class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </>
  );
}
