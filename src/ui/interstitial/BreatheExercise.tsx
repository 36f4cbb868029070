import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tCount } from '@/src/i18n/t';
import './breathe.css';

/** One breath: in for 4 s, hold for 2 s, out for 6 s; the circle's animation has the same 12 s rhythm. */
const IN_S = 4;
const HOLD_S = 2;
const CYCLE_S = 12;

export function breathPhase(elapsedSeconds: number): 'in' | 'hold' | 'out' {
  const s = elapsedSeconds % CYCLE_S;
  return s < IN_S ? 'in' : s < IN_S + HOLD_S ? 'hold' : 'out';
}

export interface BreatheExerciseProps {
  /** How long to breathe, in seconds (a minute by default). */
  seconds?: number;
  /** She asked for less motion: a text countdown instead of the moving circle. */
  reducedMotion: boolean;
  onGoBack: () => void;
}

/** A minute of guided breathing; then the way out is offered again. */
export function BreatheExercise({ seconds = 60, reducedMotion, onGoBack }: BreatheExerciseProps) {
  const [elapsed, setElapsed] = useState(0);
  const [round, setRound] = useState(0);
  const done = elapsed >= seconds;
  const heading = useRef<HTMLHeadingElement>(null);
  const goBack = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // A new round restarts the clock.
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => setElapsed((e) => e + 1), 1000);
    return () => clearInterval(timer);
  }, [done, round]);

  useEffect(() => {
    if (done) goBack.current?.focus();
  }, [done]);

  const phase = breathPhase(elapsed);
  const phaseText = phase === 'in' ? t('breatheIn') : phase === 'hold' ? t('breatheHold') : t('breatheOut');

  return (
    <section class="card breathe" aria-labelledby="breathe-heading" data-testid="breathe">
      <h2 id="breathe-heading" tabIndex={-1} ref={heading}>
        {t('breatheHeading')}
      </h2>
      {done ? (
        <>
          <p role="status">{t('breatheDone')}</p>
          <div class="panel-actions">
            <button type="button" class="primary" ref={goBack} onClick={onGoBack}>
              {t('goBack')}
            </button>
            <button
              type="button"
              onClick={() => {
                setElapsed(0);
                setRound((r) => r + 1);
              }}
            >
              {t('breatheAgain')}
            </button>
          </div>
        </>
      ) : (
        <>
          {!reducedMotion && (
            <div class="breathe-stage" aria-hidden="true">
              <div key={round} class="breathe-circle" data-testid="breathe-circle" />
            </div>
          )}
          <p class="breathe-phase" aria-live="polite" data-testid="breathe-phase">
            {phaseText}
          </p>
          <p class={reducedMotion ? 'breathe-left breathe-left-big' : 'breathe-left'} role="timer">
            {tCount('breatheLeft', seconds - elapsed)}
          </p>
          <div class="panel-actions">
            <button type="button" onClick={() => setElapsed(seconds)}>
              {t('breatheStop')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
