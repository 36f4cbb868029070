import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { Settings } from '@/src/storage';

export interface FrictionFormProps {
  /** The settings in force now (pending changes are shown elsewhere). */
  initial: Settings;
  /** Saves; resolves with when the weaker part takes effect, if some of it has to wait. */
  onSave: (values: Settings) => Promise<{ pendingAt?: number }>;
  formatWhen: (at: number) => string;
}

type Field = 'countdown' | 'allowance' | 'delay';
type Errors = Partial<Record<Field, string>>;

function whole(value: string, min: number, max: number): number | undefined {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The friction on the interstitial and the commitment delay itself. */
export function FrictionForm({ initial, onSave, formatWhen }: FrictionFormProps) {
  const [countdown, setCountdown] = useState(String(initial.countdownSeconds));
  const [allowance, setAllowance] = useState(String(initial.allowanceMinutes));
  const [strict, setStrict] = useState(initial.strict);
  const [delay, setDelay] = useState(String(initial.delayHours));
  const [foldFeeds, setFoldFeeds] = useState(initial.foldFeeds);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  // Saved here, or changed when a pending change took effect: the fields follow what is in force.
  useEffect(() => {
    setCountdown(String(initial.countdownSeconds));
    setAllowance(String(initial.allowanceMinutes));
    setStrict(initial.strict);
    setDelay(String(initial.delayHours));
    setFoldFeeds(initial.foldFeeds);
  }, [
    initial.countdownSeconds,
    initial.allowanceMinutes,
    initial.strict,
    initial.delayHours,
    initial.foldFeeds,
  ]);

  async function submit(e: Event) {
    e.preventDefault();
    const c = whole(countdown, 0, 600);
    const a = whole(allowance, 1, 120);
    // A delay stored with a fraction (a test setting) is accepted as it is.
    const d = delay === String(initial.delayHours) ? initial.delayHours : whole(delay, 1, 336);
    const found: Errors = {};
    if (c === undefined) found.countdown = t('countdownInvalid');
    if (a === undefined) found.allowance = t('allowanceInvalid');
    if (d === undefined) found.delay = t('delayInvalid');
    setErrors(found);
    setStatus('');
    if (c === undefined || a === undefined || d === undefined) return;
    const { pendingAt } = await onSave({
      countdownSeconds: c,
      allowanceMinutes: a,
      strict,
      delayHours: d,
      foldFeeds,
    });
    setStatus(
      pendingAt === undefined ? t('protectionSavedNow') : t('pendingScheduled', formatWhen(pendingAt)),
    );
  }

  const numberField = (
    id: Field,
    label: string,
    hint: string,
    value: string,
    set: (v: string) => void,
    min: number,
    max: number,
  ) => (
    <div class="field">
      <label for={`friction-${id}`}>{label}</label>
      <input
        id={`friction-${id}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
        aria-invalid={errors[id] ? 'true' : 'false'}
        aria-describedby={errors[id] ? `friction-${id}-error` : `friction-${id}-hint`}
      />
      {errors[id] ? (
        <p id={`friction-${id}-error`} class="error" role="alert">
          {errors[id]}
        </p>
      ) : (
        <p id={`friction-${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );

  const checkField = (
    id: string,
    label: string,
    hint: string,
    checked: boolean,
    set: (v: boolean) => void,
  ) => (
    <div class="field check">
      <input
        id={`friction-${id}`}
        type="checkbox"
        checked={checked}
        onChange={(e) => set(e.currentTarget.checked)}
        aria-describedby={`friction-${id}-hint`}
      />
      <label for={`friction-${id}`}>{label}</label>
      <p id={`friction-${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );

  return (
    <form class="friction-form" onSubmit={submit} noValidate>
      {numberField('countdown', t('countdownLabel'), t('countdownHint'), countdown, setCountdown, 0, 600)}
      {numberField('allowance', t('allowanceLabel'), t('allowanceHint'), allowance, setAllowance, 1, 120)}
      {checkField('strict', t('strictLabel'), t('strictHint'), strict, setStrict)}
      {checkField('fold-feeds', t('foldFeedsLabel'), t('foldFeedsHint'), foldFeeds, setFoldFeeds)}
      {numberField('delay', t('delayLabel'), t('delayHint'), delay, setDelay, 1, 336)}
      <button type="submit" class="primary">
        {t('saveProtection')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
