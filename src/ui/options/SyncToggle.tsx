import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';

export interface SyncToggleProps {
  enabled: boolean;
  /** A problem with sync to show next to the switch (too big, refused). */
  problem?: string;
  /** How the last sync went, when something kept it from reading or writing (another browser's data, the quota). */
  notice?: string;
  onChange: (enabled: boolean) => void;
}

/** Keep people, profiles, plan, settings and her streak in the browser's sync; the journal stays here. */
export function SyncToggle({ enabled, problem, notice, onChange }: SyncToggleProps) {
  // Said once she flips the switch and the page shows it saved (not on arrival), so the change is confirmed
  // and announced, and never the old state in between.
  const [chosen, setChosen] = useState<boolean>();
  return (
    <div class="sync">
      <h3>{t('syncHeading')}</h3>
      <div class="field check">
        <input
          id="sync-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            setChosen(e.currentTarget.checked);
            onChange(e.currentTarget.checked);
          }}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? 'sync-error' : 'sync-hint'}
        />
        <label for="sync-enabled">{t('syncLabel')}</label>
        {problem ? (
          <p id="sync-error" class="error" role="alert">
            {problem}
          </p>
        ) : (
          <p id="sync-hint" class="hint">
            {t('syncHint')}
          </p>
        )}
        <p class="status" role="status" data-testid="sync-status">
          {chosen === enabled && !problem ? t(enabled ? 'syncOn' : 'syncOff') : ''}
        </p>
        {/* Said when it happens, like any status; it changes nothing here, so it is not an alert. */}
        <p class="hint" role="status" data-testid="sync-notice">
          {enabled && !problem ? (notice ?? '') : ''}
        </p>
      </div>
    </div>
  );
}
