import { useEffect, useState } from 'preact/hooks';
import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
import { type PlanFieldErrors, validatePlanFields } from '../common/plan-fields';

export interface PlanValues {
  text: string;
  goalDays: number;
  since: LocalDay;
}

export interface PlanFormProps {
  initial: PlanValues;
  today: LocalDay;
  onSave: (values: PlanValues) => Promise<void>;
}

/** Her plan, her goal and the day no contact began. Nothing is saved while a field is wrong. */
export function PlanForm({ initial, today, onSave }: PlanFormProps) {
  const [text, setText] = useState(initial.text);
  const [since, setSince] = useState(initial.since);
  const [goalDays, setGoalDays] = useState(String(initial.goalDays));
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const [status, setStatus] = useState('');
  // Saved here or changed elsewhere (an import): the fields follow what is stored.
  useEffect(() => {
    setText(initial.text);
    setSince(initial.since);
    setGoalDays(String(initial.goalDays));
  }, [initial.text, initial.since, initial.goalDays]);

  async function submit(e: Event) {
    e.preventDefault();
    const found = validatePlanFields({ since, goalDays }, today);
    setErrors(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    await onSave({ text, goalDays: Number(goalDays), since });
    setStatus(t('saved'));
  }

  return (
    <form class="plan-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="plan-text">{t('planLabel')}</label>
        <textarea
          id="plan-text"
          rows={8}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby="plan-hint"
        />
        <p id="plan-hint" class="hint">
          {t('planHint')}
        </p>
      </div>
      <div class="field">
        <label for="no-contact-since">{t('noContactSinceLabel')}</label>
        <input
          id="no-contact-since"
          type="date"
          max={today}
          value={since}
          onInput={(e) => setSince(e.currentTarget.value)}
          aria-invalid={errors.since ? 'true' : 'false'}
          aria-describedby={errors.since ? 'since-error' : undefined}
        />
        {errors.since && (
          <p id="since-error" class="error" role="alert">
            {errors.since}
          </p>
        )}
      </div>
      <div class="field">
        <label for="goal-days">{t('goalDaysLabel')}</label>
        <input
          id="goal-days"
          type="number"
          min={1}
          max={3650}
          value={goalDays}
          onInput={(e) => setGoalDays(e.currentTarget.value)}
          aria-invalid={errors.goalDays ? 'true' : 'false'}
          aria-describedby={errors.goalDays ? 'goal-error' : undefined}
        />
        {errors.goalDays && (
          <p id="goal-error" class="error" role="alert">
            {errors.goalDays}
          </p>
        )}
      </div>
      <button type="submit" class="primary">
        {t('save')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
