import { t } from '@/src/i18n/t';
import { Field } from './Field';

export interface PlanTextFieldProps {
  value: string;
  onValue: (text: string) => void;
  onBlur?: () => void;
}

/** Her plan, the text she'll see instead of his profile. */
export function PlanTextField({ value, onValue, onBlur }: PlanTextFieldProps) {
  return (
    <Field id="plan-text" label={t('planLabel')} hint={{ id: 'plan-hint', text: t('planHint') }}>
      <textarea
        id="plan-text"
        rows={8}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        onBlur={onBlur}
        aria-describedby="plan-hint"
      />
    </Field>
  );
}
