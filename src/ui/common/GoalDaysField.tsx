import { t } from '@/src/i18n/t';
import { Field } from './Field';
import { fieldAria } from './field-aria';

export interface GoalDaysFieldProps {
  value: string;
  onValue: (goalDays: string) => void;
  /** What is wrong with the goal as typed, if anything. */
  error?: string;
  onBlur?: () => void;
  inputMode?: 'numeric';
}

/** Her goal, in days of no contact. */
export function GoalDaysField({ value, onValue, error, onBlur, inputMode }: GoalDaysFieldProps) {
  return (
    <Field id="goal-days" label={t('goalDaysLabel')} error={{ id: 'goal-error', text: error }}>
      <input
        id="goal-days"
        type="number"
        inputMode={inputMode}
        min={1}
        max={3650}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        onBlur={onBlur}
        {...fieldAria(error, 'goal-error')}
      />
    </Field>
  );
}
