import { t } from '@/src/i18n/t';
import type { WarningKind } from './popup-view';

export interface WarningsProps {
  warnings: readonly WarningKind[];
  /** Firefox has no page an extension may open for private-window access: the step is said in words. */
  privateFixInWords: boolean;
  onFix: (kind: WarningKind) => void;
}

const TEXT: Record<WarningKind, () => string> = {
  private: () => t('warnPrivate'),
  'host-access': () => t('warnHostAccess'),
  'no-profiles': () => t('noProfilesYet'),
};

const FIX: Record<WarningKind, () => string> = {
  private: () => t('warnPrivateFix'),
  'host-access': () => t('warnHostAccessFix'),
  'no-profiles': () => t('warnNoProfilesFix'),
};

/** Where her protection has a hole, each with the one step that closes it. */
export function Warnings({ warnings, privateFixInWords, onFix }: WarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <ul class="popup-warnings">
      {warnings.map((kind) => (
        <li key={kind} class="popup-warning" data-warning={kind}>
          <p>{TEXT[kind]()}</p>
          {kind === 'private' && privateFixInWords ? (
            <p class="hint">{t('warnPrivateFixFirefox')}</p>
          ) : (
            <button type="button" class="warning-fix" onClick={() => onFix(kind)}>
              {FIX[kind]()}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
