import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export interface ResetFormProps {
  /** Whether a reset is already waiting (then it is shown among pending changes instead). */
  pending: boolean;
  /** Asks for the reset; resolves with when it takes effect. */
  onReset: () => Promise<{ pendingAt?: number }>;
  formatWhen: (at: number) => string;
}

/** Reset everything: typed confirmation, then the same wait as any loosening. */
export function ResetForm({ pending, onReset, formatWhen }: ResetFormProps) {
  const word = t('resetWord');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    if (typed.trim().toLowerCase() !== word.toLowerCase()) {
      setError(t('resetMismatch', word));
      return;
    }
    setError('');
    setTyped('');
    const { pendingAt } = await onReset();
    setStatus(pendingAt === undefined ? '' : t('pendingScheduled', formatWhen(pendingAt)));
  }

  return (
    <form class="reset" onSubmit={submit} noValidate>
      <h3>{t('resetHeading')}</h3>
      <p class="hint">{t('resetHint')}</p>
      {!pending && (
        <>
          <div class="field">
            <label for="reset-confirm">{t('resetTypeLabel', word)}</label>
            <input
              id="reset-confirm"
              type="text"
              autoComplete="off"
              spellcheck={false}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby={error ? 'reset-error' : undefined}
            />
            {error && (
              <p id="reset-error" class="error" role="alert">
                {error}
              </p>
            )}
          </div>
          <button type="submit" class="danger">
            {t('resetButton')}
          </button>
        </>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
