import { t } from '@/src/i18n/t';

export interface StatusPanelProps {
  /** extension.isAllowedIncognitoAccess(); undefined while checking. */
  privateAllowed?: boolean;
  /** Firefox only: whether she (or Firefox) turned off access to the social sites. undefined elsewhere. */
  hostAccess?: boolean;
  firefox: boolean;
}

/** Where protection may have holes, and the steps to close them. */
export function StatusPanel({ privateAllowed, hostAccess, firefox }: StatusPanelProps) {
  return (
    <ul class="status-list">
      <li data-testid="status-private">
        {privateAllowed === undefined ? (
          t('statusUnknown')
        ) : privateAllowed ? (
          t('statusPrivateAllowed')
        ) : (
          <>
            <strong>{t('warnPrivate')}</strong>{' '}
            {firefox ? t('warnPrivateFixFirefox') : t('statusPrivateFixChrome')}
          </>
        )}
      </li>
      {firefox && hostAccess !== undefined && (
        <li data-testid="status-host-access">
          {hostAccess ? (
            t('statusHostAccessOk')
          ) : (
            <>
              <strong>{t('warnHostAccess')}</strong> {t('statusHostAccessFixFirefox')}
            </>
          )}
        </li>
      )}
    </ul>
  );
}
