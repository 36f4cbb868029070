import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export interface WriteInsteadProps {
  /** Keeps the text in her journal (in this browser only). */
  onSave: (text: string) => Promise<void>;
  onGoBack: () => void;
  maxLength: number;
}

type Status = 'idle' | 'saving' | 'saved' | 'empty' | 'failed';

/** Somewhere to put the words she wants to send him: kept in her journal, never sent. */
export function WriteInstead({ onSave, onGoBack, maxLength }: WriteInsteadProps) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    box.current?.focus();
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    if (status === 'saving') return;
    if (text.trim() === '') {
      setStatus('empty');
      box.current?.focus();
      return;
    }
    setStatus('saving');
    try {
      await onSave(text);
      setText('');
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const invalid = status === 'empty';
  return (
    <section class="card write" aria-labelledby="write-heading" data-testid="write">
      <h2 id="write-heading">{t('writeHeading')}</h2>
      <form onSubmit={save}>
        <label for="write-text">{t('writeLabel')}</label>
        <textarea
          id="write-text"
          ref={box}
          rows={6}
          maxLength={maxLength}
          value={text}
          aria-describedby={invalid ? 'write-hint write-error' : 'write-hint'}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (status !== 'saving') setStatus('idle');
          }}
        />
        <p id="write-hint" class="hint">
          {t('writeHint')}
        </p>
        {invalid && (
          <p id="write-error" class="error" role="alert">
            {t('writeEmpty')}
          </p>
        )}
        {status === 'failed' && (
          <p class="error" role="alert">
            {t('writeFailed')}
          </p>
        )}
        <div class="panel-actions">
          <button type="submit">{t('writeSave')}</button>
        </div>
      </form>
      {status === 'saved' && (
        <div class="write-saved">
          <p class="status" role="status">
            {t('writeSaved')}
          </p>
          <div class="panel-actions">
            <button type="button" class="primary" onClick={onGoBack}>
              {t('goBack')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
