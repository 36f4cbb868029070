import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tCount } from '@/src/i18n/t';

export interface ContactFormProps {
  /** The current time: the default answer to "when?", and the latest allowed. */
  now: number;
  /** Records the contact at `at`; resolves with her best streak in days, to remind her of it. */
  onContacted: (at: number) => Promise<number>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in local time, as `<input type="datetime-local">` reads and writes it. */
export function toLocalInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant of a `datetime-local` value in local time, or null. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi).getTime();
  return Number.isNaN(at) ? null : at;
}

/**
 * "I contacted him": asks when (now unless she says otherwise, never the future), says something kind, and
 * restarts the count while keeping her history.
 */
export function ContactForm({ now, onContacted }: ContactFormProps) {
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(now));
  const [error, setError] = useState<string>();
  const [best, setBest] = useState<number>();
  const [saving, setSaving] = useState(false);
  const whenInput = useRef<HTMLInputElement>(null);

  // Opening the form takes her to its first question (and scrolls it into view in a short popup).
  useEffect(() => {
    if (open) whenInput.current?.focus();
  }, [open]);

  if (best !== undefined) {
    return (
      <p class="contact-after" role="status" data-testid="contact-after">
        {best > 0 ? tCount('contactBest', best) : t('contactBestNone')}
      </p>
    );
  }

  if (!open) {
    return (
      <button type="button" class="contact-open" onClick={() => setOpen(true)}>
        {t('contactButton')}
      </button>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const at = fromLocalInput(when);
    if (at === null) return setError(t('contactInvalid'));
    if (at > now) return setError(t('contactFuture'));
    setError(undefined);
    setSaving(true);
    // Left at "now" (the input only has minutes): the exact instant.
    setBest(await onContacted(when === toLocalInput(now) ? now : at));
  };

  return (
    <form class="contact-form card" onSubmit={submit} noValidate>
      <p class="contact-kind">{t('contactKind')}</p>
      <label for="contact-when">{t('contactWhen')}</label>
      <input
        id="contact-when"
        ref={whenInput}
        type="datetime-local"
        value={when}
        max={toLocalInput(now)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'contact-error' : undefined}
        onInput={(e) => setWhen((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p id="contact-error" class="error" role="alert">
          {error}
        </p>
      )}
      <div class="contact-actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('contactConfirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
