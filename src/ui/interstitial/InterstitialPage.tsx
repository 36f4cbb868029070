import type { Streak } from '@/src/core';
import { t } from '@/src/i18n/t';
import { PlanText } from '../common/PlanText';
import { StreakCounter } from '../common/StreakCounter';
import './interstitial.css';

export interface InterstitialPageProps {
  planText: string;
  streak: Streak;
  goalDays: number;
  /** Her label for what caught this, e.g. "Sam — Instagram · @sam.rivers_"; absent when nothing on the list matches any more. */
  caughtLabel?: string;
  onGoBack: () => void;
}

export function InterstitialPage({
  planText,
  streak,
  goalDays,
  caughtLabel,
  onGoBack,
}: InterstitialPageProps) {
  return (
    <main class="interstitial">
      <h1>{t('interstitialHeading')}</h1>
      <div class="card">
        <StreakCounter streak={streak} goalDays={goalDays} />
      </div>
      <section class="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('yourPlanHeading')}</h2>
        <PlanText text={planText} />
      </section>
      <div class="actions">
        {/* biome-ignore lint/a11y/noAutofocus: the one safe way out is ready for the Enter key. */}
        <button type="button" class="primary" onClick={onGoBack} autoFocus>
          {t('goBack')}
        </button>
      </div>
      {caughtLabel && <p class="caught">{t('interstitialCaught', caughtLabel)}</p>}
    </main>
  );
}
