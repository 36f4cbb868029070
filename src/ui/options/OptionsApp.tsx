import { useState } from 'preact/hooks';
import { localDay, noContactSince } from '@/src/core';
import { currentTimeZone, now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { requestHostAccessFor } from '@/src/permissions/host-access';
import {
  addPerson,
  cancelPending,
  deleteEvent,
  deleteJournalEntry,
  type ExportFile,
  exportData,
  hideInFeeds,
  type ImportError,
  importData,
  MAX_IMPORT_BYTES,
  parseImport,
  previewImport,
  renamePerson,
  requestChange,
  resumePerson,
  resumeProfile,
  type SyncProblem,
  savePlan,
  saveSettings,
  setSyncEnabled,
} from '@/src/storage';
import { askForSearchAccess, saveNames } from '../common/names-save';
import { savePlanFields } from '../common/plan-fields';
import { planOrDefault } from '../common/plan-or-default';
import { addFromInput, recognise } from '../common/profile-input';
import { useBrowserStatus } from '../common/use-browser-status';
import { useSnapshot } from '../common/use-snapshot';
import { downloadText } from './download';
import type { ImportCheck } from './ExportImport';
import { formatDay, formatMoment, formatWhen } from './format-when';
import { OptionsPage } from './OptionsPage';
import type { PlanValues } from './PlanForm';
import { pendingDescription } from './pending-description';
import { useMissingAccess } from './use-missing-access';
import { usePendingAndSync } from './use-pending';

function importErrorMessage(error: ImportError): string {
  switch (error.code) {
    case 'too-big':
      return t('importTooBig');
    case 'not-json':
      return t('importNotJson');
    case 'not-export':
      return t('importNotExport');
    case 'newer-version':
      return t('importNewerVersion', error.version);
    case 'unknown-version':
      return t('importUnknownVersion');
    case 'invalid':
      return t('importInvalid', error.path || '—');
  }
}

const request = (r: Parameters<typeof requestChange>[0]) => requestChange(r, now());

/** What the background's last sync reported, in words; nothing when it went well. */
function syncNotice(problem: SyncProblem | undefined): string | undefined {
  switch (problem) {
    case 'newer':
      return t('syncNewer');
    case 'unreadable':
      return t('syncUnreadable');
    case 'too-big':
      return t('syncTooBig');
    case 'failed':
      return t('syncFailed');
    default:
      return undefined;
  }
}

/** The options page wired to storage. */
export function OptionsApp() {
  const snapshot = useSnapshot();
  const extra = usePendingAndSync();
  const { status: browserStatus } = useBrowserStatus();
  const [checked, setChecked] = useState<ExportFile | null>(null);
  const [syncProblem, setSyncProblem] = useState<string>();
  const missingAccess = useMissingAccess(snapshot?.people ?? []);
  if (!snapshot || !extra) return null;
  const since = noContactSince(snapshot.events, snapshot.meta.installDay);
  const planText = planOrDefault(snapshot.plan.text);
  const when = (at: number) => formatWhen(at, now());

  const save = (values: PlanValues) =>
    savePlanFields(values, { storedText: snapshot.plan.text, shownText: planText, since });

  async function check(text: string): Promise<ImportCheck> {
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setChecked(null);
      return { ok: false, error: importErrorMessage(parsed.error) };
    }
    setChecked(parsed.file);
    return { ok: true, preview: await previewImport(parsed.file) };
  }

  return (
    <OptionsPage
      people={snapshot.people}
      missingAccess={missingAccess}
      pending={extra.pending}
      describePending={(change) => pendingDescription(change, snapshot.people)}
      plan={{ text: planText, goalDays: snapshot.plan.goalDays, since }}
      support={{ reasons: snapshot.plan.reasons, friend: snapshot.plan.friend }}
      settings={snapshot.settings}
      journal={snapshot.journal}
      events={snapshot.events}
      today={localDay(now(), currentTimeZone())}
      syncEnabled={extra.syncEnabled}
      syncProblem={syncProblem}
      syncNotice={syncNotice(extra.syncStatus?.problem)}
      status={{ ...browserStatus, firefox: !!import.meta.env.FIREFOX }}
      formatWhen={when}
      formatMoment={(at) => formatMoment(at)}
      formatDay={(day) => formatDay(day)}
      recognise={recognise}
      onAddProfile={addFromInput}
      onAddPerson={async (name) => void (await addPerson(name))}
      onRemoveProfile={(profileId) => void request({ kind: 'remove-profile', payload: { profileId } })}
      onPauseProfile={(profileId) => void request({ kind: 'pause-profile', payload: { profileId } })}
      onResumeProfile={(id) => void resumeProfile(id)}
      onRenamePerson={(id, name) => void renamePerson(id, name)}
      onRemovePerson={(personId) => void request({ kind: 'remove-person', payload: { personId } })}
      onPausePerson={(personId) => void request({ kind: 'pause-person', payload: { personId } })}
      onResumePerson={(id) => void resumePerson(id)}
      onHideFromFeeds={(personId, hide) =>
        void (hide ? hideInFeeds(personId) : request({ kind: 'show-in-feeds', payload: { personId } }))
      }
      onCancelPending={(id) => void cancelPending(id)}
      onAllowAccess={(profileId) => {
        const profile = snapshot.people.flatMap((p) => p.profiles).find((p) => p.id === profileId);
        // Nothing awaited before: the browser's prompt needs her click.
        if (profile) void requestHostAccessFor(profile.target);
      }}
      onSaveNames={(personId, names) => {
        const person = snapshot.people.find((p) => p.id === personId) ?? { id: personId, names: [] };
        // First thing in her click: the browser's prompt for the search engines needs it.
        askForSearchAccess(person.names, names);
        return saveNames(person, names, extra.pending);
      }}
      onSavePlan={save}
      onSaveSupport={async (values) => void (await savePlan(values))}
      onSaveSettings={async (values) => ({
        pendingAt: (await saveSettings(values, now())).pending?.effectiveAt,
      })}
      onDeleteJournal={(id) => void deleteJournalEntry(id)}
      onDeleteEvent={(event) => void deleteEvent(event.id, now())}
      onSyncChange={async (enabled) => {
        const outcome = await setSyncEnabled(enabled, now(), currentTimeZone());
        // Her switch's own outcome; what the data of other browsers did is the notice below it.
        setSyncProblem(
          outcome === 'too-big' ? t('syncTooBig') : outcome === 'failed' ? t('syncFailed') : undefined,
        );
      }}
      onReset={async () => {
        const outcome = await request({ kind: 'reset', payload: {} });
        return { pendingAt: outcome.applied ? undefined : outcome.change.effectiveAt };
      }}
      data={{
        maxBytes: MAX_IMPORT_BYTES,
        download: downloadText,
        onExport: async () => {
          const file = await exportData(now());
          const day = localDay(file.exportedAt, currentTimeZone());
          return { filename: `no-contact-${day}.json`, text: JSON.stringify(file, null, 2) };
        },
        onCheck: check,
        onImport: async () => {
          if (checked) await importData(checked, now());
          setChecked(null);
        },
      }}
    />
  );
}
