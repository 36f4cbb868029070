import { useEffect, useRef, useState } from 'preact/hooks';
import { now } from '@/src/env/clock';
import { t, tCount } from '@/src/i18n/t';
import type { CountdownReply, GoThroughReply } from '@/src/messages/replies';
import { MOMENT_WORDS, type MomentWords } from './moment-words';
import './go-through.css';

export interface GoThroughAnywayProps {
  /** Asks the background to start the countdown; it, not the page, decides when she may go. */
  onStartCountdown: () => Promise<CountdownReply>;
  /** Asks the background to let her through (it records the slip and opens the profile). */
  onGoThrough: () => Promise<GoThroughReply>;
  /** Words for what she was heading for (his profile unless told). */
  words?: MomentWords;
}

type Step =
  | { step: 'closed'; note?: 'too-soon' | 'failed' }
  | { step: 'starting' }
  | { step: 'waiting'; readyAt: number }
  | { step: 'confirm' }
  | { step: 'sending' }
  | { step: 'opening'; minutes: number }
  | { step: 'refused'; reason: 'strict' | 'not-blocked' };

const TICK_MS = 250;

/** The secondary way: a countdown and a typed phrase, then the time-boxed allowance. Never the easy way. */
export function GoThroughAnyway({
  onStartCountdown,
  onGoThrough,
  words = MOMENT_WORDS.profile,
}: GoThroughAnywayProps) {
  const [state, setState] = useState<Step>({ step: 'closed' });
  const [clock, setClock] = useState(now);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const refocusOpener = useRef(false);
  const phrase = t('goThroughPhrase');

  useEffect(() => {
    if (state.step !== 'waiting') return;
    if (state.readyAt <= now()) {
      setState({ step: 'confirm' });
      return;
    }
    const timer = setInterval(() => {
      const at = now();
      setClock(at);
      if (at >= state.readyAt) setState({ step: 'confirm' });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [state]);

  useEffect(() => {
    if (state.step === 'waiting') panelHeading.current?.focus();
    if (state.step === 'confirm') field.current?.focus();
    if (state.step === 'closed' && refocusOpener.current) {
      refocusOpener.current = false;
      opener.current?.focus();
    }
  }, [state.step]);

  const start = async () => {
    setState({ step: 'starting' });
    try {
      const reply = await onStartCountdown();
      if (reply.ok) {
        setClock(now());
        setState({ step: 'waiting', readyAt: reply.readyAt });
      } else setState({ step: 'refused', reason: reply.reason });
    } catch {
      setState({ step: 'closed', note: 'failed' });
    }
  };

  const confirm = async (e: Event) => {
    e.preventDefault();
    if (state.step !== 'confirm') return;
    if (typed.trim().toLocaleLowerCase() !== phrase.trim().toLocaleLowerCase()) {
      setMismatch(true);
      field.current?.focus();
      return;
    }
    setState({ step: 'sending' });
    try {
      const reply = await onGoThrough();
      if (reply.ok) setState({ step: 'opening', minutes: reply.minutes });
      else if (reply.reason === 'too-soon') closeWith('too-soon');
      else setState({ step: 'refused', reason: reply.reason });
    } catch {
      closeWith('failed');
    }
  };

  const closeWith = (note?: 'too-soon' | 'failed') => {
    setTyped('');
    setMismatch(false);
    refocusOpener.current = true;
    setState({ step: 'closed', note });
  };

  if (state.step === 'closed' || state.step === 'starting') {
    return (
      <div class="go-through" data-testid="go-through">
        {state.step === 'closed' && state.note && (
          <p class="error" role="alert">
            {state.note === 'too-soon' ? t('goThroughTooSoon') : t('goThroughFailed')}
          </p>
        )}
        <button type="button" class="quiet" ref={opener} onClick={start}>
          {t(words.goThroughOpen)}
        </button>
      </div>
    );
  }

  if (state.step === 'refused') {
    return (
      <div class="go-through" data-testid="go-through">
        <p class="status" role="status">
          {state.reason === 'strict' ? t('goThroughStrict') : t('goThroughNotBlocked')}
        </p>
      </div>
    );
  }

  const secondsLeft = state.step === 'waiting' ? Math.max(1, Math.ceil((state.readyAt - clock) / 1000)) : 0;
  const mismatchId = 'go-through-mismatch';
  return (
    <section
      class="card go-through go-through-panel"
      aria-labelledby="go-through-heading"
      data-testid="go-through"
    >
      <h2 id="go-through-heading" tabIndex={-1} ref={panelHeading}>
        {t(words.goThroughHeading)}
      </h2>
      <p class="hint">{t(words.goThroughNote)}</p>
      {state.step === 'waiting' && (
        <p class="go-through-wait" role="timer" data-testid="go-through-wait">
          {tCount('goThroughWait', secondsLeft)}
        </p>
      )}
      {(state.step === 'confirm' || state.step === 'sending') && (
        <form onSubmit={confirm}>
          <label for="go-through-phrase">{t('goThroughTypeLabel', phrase)}</label>
          <input
            id="go-through-phrase"
            ref={field}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            aria-invalid={mismatch ? 'true' : undefined}
            aria-describedby={mismatch ? mismatchId : undefined}
            onInput={(e) => {
              setTyped(e.currentTarget.value);
              setMismatch(false);
            }}
          />
          {mismatch && (
            <p id={mismatchId} class="error" role="alert">
              {t('goThroughMismatch', phrase)}
            </p>
          )}
          <div class="panel-actions">
            <button type="submit">{t(words.goThroughConfirm)}</button>
          </div>
        </form>
      )}
      {state.step === 'opening' && (
        <p class="status" role="status">
          {tCount(words.goThroughOpening, state.minutes)}
        </p>
      )}
      {state.step !== 'opening' && (
        <div class="panel-actions">
          <button type="button" onClick={() => closeWith()}>
            {t('goThroughCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
