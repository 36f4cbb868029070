import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export interface AddPersonFormProps {
  onAdd: (name: string) => Promise<void>;
}

/** Someone around him to block as well, under a name she chooses. */
export function AddPersonForm({ onAdd }: AddPersonFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('personNameEmpty'));
      setStatus('');
      return;
    }
    await onAdd(trimmed.slice(0, 80));
    setName('');
    setError('');
    setStatus(t('personAdded', trimmed));
  }

  return (
    <form class="add-person" onSubmit={submit} noValidate>
      <label for="add-person-name">{t('addPersonLabel')}</label>
      <div class="row">
        <input
          id="add-person-name"
          type="text"
          maxLength={80}
          autoComplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'add-person-error' : 'add-person-hint'}
        />
        <button type="submit">{t('addPerson')}</button>
      </div>
      {error ? (
        <p id="add-person-error" class="error" role="alert">
          {error}
        </p>
      ) : (
        <p id="add-person-hint" class="hint">
          {t('addPersonHint')}
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
