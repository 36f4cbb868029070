import { t } from '@/src/i18n/t';

export interface PendingNoteProps {
  /** "Removal pending — takes effect Tue 21:40". */
  text: string;
  /** What cancelling keeps, for the button's accessible name. */
  what: string;
  onCancel: () => void;
}

/** A change that is waiting, next to what it changes, with a way to call it off. */
export function PendingNote({ text, what, onCancel }: PendingNoteProps) {
  return (
    <p class="pending-note" data-testid="pending-note">
      <span>{text}</span>
      <button type="button" class="small" onClick={onCancel} aria-label={t('cancelPendingNamed', what)}>
        {t('cancel')}
      </button>
    </p>
  );
}
