import { t, tCount } from '@/src/i18n/t';
import type { ImportPreview } from '@/src/storage';
import { settingsSummary } from './settings-summary';

/** What an import will do, in plain words, before she confirms it. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const now = settingsSummary(preview.settingsNow);
  const later = settingsSummary(preview.settingsLater);
  return (
    <ul class="import-preview" data-testid="import-preview">
      <li>{tCount('importPreviewProfiles', preview.addedProfiles)}</li>
      {preview.newPeople.length > 0 && <li>{t('importPreviewPeople', preview.newPeople.join(', '))}</li>}
      {preview.alreadyListed > 0 && <li>{tCount('importPreviewListed', preview.alreadyListed)}</li>}
      {preview.keptProfiles > 0 && <li>{tCount('importPreviewKept', preview.keptProfiles)}</li>}
      {preview.planChanges && <li>{t('importPreviewPlan')}</li>}
      {now && <li>{t('importPreviewSettingsNow', now)}</li>}
      {later && <li>{t('importPreviewSettingsLater', later)}</li>}
      <li>{t('importPreviewHistory', preview.eventsAdded, preview.journalAdded)}</li>
    </ul>
  );
}
