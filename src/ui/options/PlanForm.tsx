import { useEffect, useState } from 'preact/hooks';
import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
import { Field } from '../common/Field';
import { fieldAria } from '../common/field-aria';
import { GoalDaysField } from '../common/GoalDaysField';
import { PlanTextField } from '../common/PlanTextField';
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
      <PlanTextField value={text} onValue={setText} />
      <Field
        id="no-contact-since"
        label={t('noContactSinceLabel')}
        error={{ id: 'since-error', text: errors.since }}
      >
        <input
          id="no-contact-since"
          type="date"
          max={today}
          value={since}
          onInput={(e) => setSince(e.currentTarget.value)}
          {...fieldAria(errors.since, 'since-error')}
        />
      </Field>
      <GoalDaysField value={goalDays} onValue={setGoalDays} error={errors.goalDays} />
      <button type="submit" class="primary">
        {t('save')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
