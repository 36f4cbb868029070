import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { BrowserStatus } from '../common/use-browser-status';
import { StatusPanel } from '../options/StatusPanel';

export interface BackDoorStepProps {
  status: BrowserStatus;
  firefox: boolean;
  /** Chrome: opens the extension's page, where "Allow in Incognito" is. */
  onOpenExtensionPage: () => void;
  /** Firefox: asks for access to the social sites. */
  onAllowHostAccess: () => Promise<void>;
  onRecheck: () => Promise<void>;
}

/**
 * Step 5: whether No Contact runs in private windows (and, in Firefox, may reach the social sites); if not,
 * the steps for this browser, and a button to check again once she has changed it.
 */
export function BackDoorStep({
  status,
  firefox,
  onOpenExtensionPage,
  onAllowHostAccess,
  onRecheck,
}: BackDoorStepProps) {
  const [checked, setChecked] = useState('');
  const privateOff = status.privateAllowed === false;

  return (
    <>
      <p class="hint welcome-lead">{t('welcomeBackDoorIntro')}</p>
      <StatusPanel {...status} firefox={firefox} />
      {privateOff && <p class="hint">{t('welcomeBackDoorRestart')}</p>}
      <div class="welcome-actions">
        {privateOff && !firefox && (
          <button type="button" onClick={onOpenExtensionPage}>
            {t('welcomeOpenExtensionPage')}
          </button>
        )}
        {firefox && status.hostAccess === false && (
          <button type="button" class="primary" onClick={() => void onAllowHostAccess()}>
            {t('warnHostAccessFix')}
          </button>
        )}
        <button
          type="button"
          onClick={async () => {
            setChecked('');
            await onRecheck();
            setChecked(t('welcomeChecked'));
          }}
        >
          {t('welcomeRecheck')}
        </button>
      </div>
      <p class="status" role="status">
        {checked}
      </p>
    </>
  );
}
