import type { Streak } from '@/src/core';
import { t } from '@/src/i18n/t';
import { StreakCounter } from '../common/StreakCounter';
import './popup.css';

export interface PopupPageProps {
  streak: Streak;
  goalDays: number;
  profileCount: number;
  optionsUrl: string;
  onOpenOptions: () => void;
}

export function PopupPage({ streak, goalDays, profileCount, optionsUrl, onOpenOptions }: PopupPageProps) {
  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      <StreakCounter streak={streak} goalDays={goalDays} />
      {profileCount === 0 && (
        <p class="popup-warning" role="status">
          {t('noProfilesYet')}
        </p>
      )}
      <a
        class="button"
        href={optionsUrl}
        onClick={(e) => {
          e.preventDefault();
          onOpenOptions();
        }}
      >
        {t('popupOpenOptions')}
      </a>
    </main>
  );
}
