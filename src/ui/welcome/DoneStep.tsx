import type { Streak } from '@/src/core';
import { t } from '@/src/i18n/t';
import { StreakCounter } from '../common/StreakCounter';

export interface DoneStepProps {
  streak: Streak;
  goalDays: number;
  /** One of her blocked profiles, to see the interstitial for herself; none while nothing is blocked. */
  tryIt?: { url: string; label: string };
  optionsUrl: string;
  onAddProfiles: () => void;
}

/** Step 6: her streak as it stands, "try it" on one of his profiles, and where everything lives from now on. */
export function DoneStep({ streak, goalDays, tryIt, optionsUrl, onAddProfiles }: DoneStepProps) {
  return (
    <>
      <p class="welcome-lead">{t('welcomeDoneStreak')}</p>
      <StreakCounter streak={streak} goalDays={goalDays} />
      {tryIt ? (
        <>
          <p class="hint welcome-lead">{t('welcomeTryIntro')}</p>
          <p>
            <a class="button primary" href={tryIt.url} data-testid="welcome-try">
              {t('welcomeTryLink', tryIt.label)}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="welcome-lead" data-testid="welcome-empty">
            {t('welcomeDoneEmpty')}
          </p>
          <p>
            <button type="button" class="primary" onClick={onAddProfiles}>
              {t('welcomeAddProfiles')}
            </button>
          </p>
        </>
      )}
      <p>
        <a class="button" href={optionsUrl}>
          {t('openSettings')}
        </a>
      </p>
      <p class="hint">{t('welcomeReopenHint')}</p>
    </>
  );
}
