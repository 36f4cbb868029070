import { useState } from 'preact/hooks';
import type { LocalDay } from '@/src/core';
import { t } from '@/src/i18n/t';
import { validatePlanFields } from '../common/plan-fields';
import type { CommitRef } from './step-commit';

export interface SinceStepProps {
  since: LocalDay;
  today: LocalDay;
  onSave: (since: LocalDay) => Promise<void>;
  commitRef: CommitRef;
}

/** Step 2: the day of last contact (today by default, never in the future), saved when she leaves the field. */
export function SinceStep({ since: initial, today, onSave, commitRef }: SinceStepProps) {
  const [since, setSince] = useState(initial);
  const [error, setError] = useState<string>();

  async function save(): Promise<boolean> {
    const found = validatePlanFields({ since, goalDays: '1' }, today).since;
    setError(found);
    if (found) return false;
    await onSave(since);
    return true;
  }
  commitRef.current = async () => {
    const ok = await save();
    if (!ok) document.getElementById('no-contact-since')?.focus();
    return ok;
  };

  return (
    <div class="field">
      <label for="no-contact-since">{t('noContactSinceLabel')}</label>
      <input
        id="no-contact-since"
        type="date"
        max={today}
        value={since}
        onInput={(e) => {
          setSince(e.currentTarget.value);
          setError(undefined);
        }}
        onBlur={() => void save()}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? 'since-error' : 'since-hint'}
      />
      {error ? (
        <p id="since-error" class="error" role="alert">
          {error}
        </p>
      ) : (
        <p id="since-hint" class="hint">
          {t('welcomeSinceHint')}
        </p>
      )}
    </div>
  );
}
