import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export type AddOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * What a pasted text would block, before adding: a label, and a note when something was assumed (the country
 * of a number written without its code), or nothing yet.
 */
export type Recognise = (input: string) => Recognition | undefined;

export interface Recognition {
  label: string;
  note?: string;
}

export interface PersonChoice {
  id: string;
  name: string;
}

export interface ProfileFormProps {
  onAdd: (input: string, personId?: string) => Promise<AddOutcome>;
  /** Shows "Recognised: Instagram · @sam — also covers …" while she types. */
  recognise?: Recognise;
  /** The people a profile can go under; a choice is offered when there is more than one. */
  people?: PersonChoice[];
}

/** Paste a profile link, press Enter. Errors are shown next to the field and announced. */
export function ProfileForm({ onAdd, recognise, people = [] }: ProfileFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [personId, setPersonId] = useState<string | undefined>(undefined);
  const chosen = people.some((p) => p.id === personId) ? personId : people[0]?.id;
  const recognised = value.trim() && !error ? recognise?.(value) : undefined;

  async function submit(e: Event) {
    e.preventDefault();
    const outcome = await onAdd(value, chosen);
    if (outcome.ok) {
      setValue('');
      setError('');
      setStatus(outcome.message);
    } else {
      setError(outcome.error);
      setStatus('');
    }
  }

  const describedBy = error
    ? 'profile-link-error'
    : recognised
      ? recognised.note
        ? 'profile-link-recognised profile-link-note'
        : 'profile-link-recognised'
      : 'profile-link-hint';
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
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setError('');
          }}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
        />
        <button type="submit" class="primary">
          {t('addProfile')}
        </button>
      </div>
      {error ? (
        <p id="profile-link-error" class="error" role="alert">
          {error}
        </p>
      ) : recognised ? (
        <>
          <p id="profile-link-recognised" class="recognised" data-testid="recognised">
            {t('recognised', recognised.label)}
          </p>
          {recognised.note && (
            <p id="profile-link-note" class="hint" data-testid="recognised-note">
              {recognised.note}
            </p>
          )}
        </>
      ) : (
        <p id="profile-link-hint" class="hint">
          {t('profileLinkHint')}
        </p>
      )}
      {people.length > 1 && (
        <div class="field person-choice">
          <label for="profile-person">{t('addToPerson')}</label>
          <select id="profile-person" value={chosen} onChange={(e) => setPersonId(e.currentTarget.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p class="status" role="status" data-testid="profile-status">
        {status}
      </p>
    </form>
  );
}
