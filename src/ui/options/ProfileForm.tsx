import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export type AddOutcome = { ok: true; message: string } | { ok: false; error: string };

export interface ProfileFormProps {
  onAdd: (input: string) => Promise<AddOutcome>;
}

/** Paste a profile link, press Enter. Errors are shown next to the field and announced. */
export function ProfileForm({ onAdd }: ProfileFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const outcome = await onAdd(value);
    if (outcome.ok) {
      setValue('');
      setError('');
      setStatus(outcome.message);
    } else {
      setError(outcome.error);
      setStatus('');
    }
  }

  return (
    <form class="profile-form" onSubmit={submit} noValidate>
      <label for="profile-link">{t('profileLinkLabel')}</label>
      <div class="row">
        <input
          id="profile-link"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'profile-link-error' : 'profile-link-hint'}
        />
        <button type="submit" class="primary">
          {t('addProfile')}
        </button>
      </div>
      {error ? (
        <p id="profile-link-error" class="error" role="alert">
          {error}
        </p>
      ) : (
        <p id="profile-link-hint" class="hint">
          {t('profileLinkHint')}
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
