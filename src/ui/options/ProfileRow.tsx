import { t } from '@/src/i18n/t';
import type { PendingChange, Profile } from '@/src/storage';
import { PendingNote } from './PendingNote';
import { targetLabel } from './target-label';

export interface ProfileRowProps {
  profile: Profile;
  /** Waiting changes to this profile. */
  pending: PendingChange[];
  formatWhen: (at: number) => string;
  onRemove: () => void;
  onPause: () => void;
  onResume: () => void;
  onCancelPending: (id: string) => void;
  /** The extension may not access this profile's hosts: she is told, and can allow them. */
  accessMissing?: boolean;
  onAllowAccess?: () => void;
}

export function ProfileRow({
  profile,
  pending,
  formatWhen,
  onRemove,
  onPause,
  onResume,
  onCancelPending,
  accessMissing,
  onAllowAccess,
}: ProfileRowProps) {
  const label = targetLabel(profile.target);
  const removal = pending.find((c) => c.kind === 'remove-profile');
  const pause = pending.find((c) => c.kind === 'pause-profile');
  return (
    <li data-testid="blocked-profile" class={profile.paused ? 'paused' : undefined}>
      <div class="profile-main">
        <span class="profile-label">{label}</span>
        {profile.paused && <span class="badge">{t('pausedBadge')}</span>}
      </div>
      <div class="profile-actions">
        {profile.paused ? (
          <button type="button" onClick={onResume} aria-label={t('resumeNamed', label)}>
            {t('resume')}
          </button>
        ) : (
          !pause && (
            <button type="button" onClick={onPause} aria-label={t('pauseNamed', label)}>
              {t('pause')}
            </button>
          )
        )}
        {!removal && (
          <button type="button" onClick={onRemove} aria-label={t('removeProfileNamed', label)}>
            {t('removeProfile')}
          </button>
        )}
      </div>
      {accessMissing && !profile.paused && (
        <p class="access-note" data-testid="access-missing">
          <span>{t('accessMissing')}</span>{' '}
          <button type="button" onClick={onAllowAccess} aria-label={t('accessAllowNamed', label)}>
            {t('accessAllow')}
          </button>
        </p>
      )}
      {removal && (
        <PendingNote
          text={t('pendingRemove', formatWhen(removal.effectiveAt))}
          what={t('pendingDescRemoveProfile', label)}
          onCancel={() => onCancelPending(removal.id)}
        />
      )}
      {pause && (
        <PendingNote
          text={t('pendingPause', formatWhen(pause.effectiveAt))}
          what={t('pendingDescPauseProfile', label)}
          onCancel={() => onCancelPending(pause.id)}
        />
      )}
    </li>
  );
}
