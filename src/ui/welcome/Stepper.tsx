import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { type CommitRef, STEP_COUNT } from './step-commit';

export interface StepperProps {
  step: number;
  title: string;
  /** Where her steps lead; the page keeps it in the address. */
  onStep: (step: number) => void;
  /** The current step's commit, called before leaving it. */
  commitRef: CommitRef;
  children: ComponentChildren;
}

/**
 * One step at a time, each a section with a heading that takes the focus when she moves to it. Enter in a
 * field of the step is Next (fields inside a form of their own, like the profile link, keep their Enter).
 * "Skip for now" is always there before the last step.
 */
export function Stepper({ step, title, onStep, commitRef, children }: StepperProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<number>();
  const busy = useRef(false);
  const last = step === STEP_COUNT;

  // Not on arrival (the page opens at the top); on every move after that, to the new step's heading.
  useEffect(() => {
    if (shown.current !== undefined && shown.current !== step) heading.current?.focus();
    shown.current = step;
  }, [step]);

  async function go(to: number, mustSave: boolean) {
    if (busy.current) return;
    busy.current = true;
    try {
      const ok = (await commitRef.current?.()) ?? true;
      if (!ok && mustSave) return;
      onStep(to);
    } finally {
      busy.current = false;
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || target.tagName !== 'INPUT' || target.closest('form')) return;
    e.preventDefault();
    void go(step + 1, true);
  }

  return (
    <>
      <div class="welcome-progress">
        <p id="welcome-progress-text">{t('welcomeProgress', step, STEP_COUNT)}</p>
        <progress max={STEP_COUNT} value={step} aria-labelledby="welcome-progress-text" />
        {!last && (
          <button type="button" class="welcome-skip" onClick={() => void go(STEP_COUNT, false)}>
            {t('welcomeSkip')}
          </button>
        )}
      </div>
      <section class="card welcome-step" aria-labelledby="welcome-step-heading" onKeyDown={onKeyDown}>
        <h2 id="welcome-step-heading" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        {children}
      </section>
      <nav class="welcome-nav" aria-label={t('welcomeProgress', step, STEP_COUNT)}>
        {step > 1 && (
          <button type="button" onClick={() => void go(step - 1, true)}>
            {t('welcomeBack')}
          </button>
        )}
        {!last && (
          <button type="button" class="primary" onClick={() => void go(step + 1, true)}>
            {t('welcomeNext')}
          </button>
        )}
      </nav>
    </>
  );
}
