import { t } from '@/src/i18n/t';
import { fieldAria } from './field-aria';

export interface NamesFieldProps {
  /** Prefix for the ids of the control, its hint and its error. */
  id: string;
  value: string;
  error?: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/** "Names he goes by": one per line, with what they do, or the error that says why they can't be saved. */
export function NamesField({ id, value, error, onInput, onBlur }: NamesFieldProps) {
  return (
    <div class="field names-field">
      <label for={id}>{t('namesLabel')}</label>
      <textarea
        id={id}
        rows={3}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
        {...fieldAria(error, `${id}-error`, `${id}-hint`)}
      />
      {error ? (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} class="hint">
          {t('namesHint')}
        </p>
      )}
    </div>
  );
}
