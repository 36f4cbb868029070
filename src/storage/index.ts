export {
  deleteEvent,
  deviceTag,
  readEvents,
  readRecord,
  recordEvent,
  recordNow,
  recordStart,
  updateEvents,
} from './events';
export {
  buildExport,
  type ExportFile,
  exportData,
  type ImportError,
  type ImportPreview,
  importData,
  MAX_IMPORT_BYTES,
  parseImport,
  previewImport,
} from './export-import';
export { FEED_LIST_KEY, feedProfiles, writeFeedList } from './feed-list';
export { recordFolded } from './folded';
export {
  type Allowance,
  allowancesItem,
  type Countdown,
  countdownsItem,
  eventsItem,
  heartbeatItem,
  type Meta,
  metaItem,
  pendingItem,
  peopleItem,
  type SyncProblem,
  type SyncStatus,
  settingsItem,
  syncEnabledItem,
  syncStatusItem,
} from './items';
export { addJournalEntry, deleteJournalEntry, JOURNAL_MAX_CHARS, readJournal } from './journal';
export {
  applyDuePending,
  type ChangeRequest,
  cancelPending,
  hideInFeeds,
  nextPendingAt,
  type PendingChange,
  type PendingKind,
  readPending,
  requestChange,
  saveSettings,
} from './pending';
export {
  type AddProfileInput,
  type AddProfileResult,
  activeTargets,
  addNames,
  addPerson,
  addProfile,
  findProfileByKey,
  personOfTarget,
  readPeople,
  removeProfile,
  renamePerson,
  resumePerson,
  resumeProfile,
} from './people';
export { readPlan, readSettings, savePlan } from './plan';
export type { JournalEntry, Person, Plan, Profile, Settings } from './schemas';
export {
  answerSlip,
  pendingSlip,
  readSlipAnswers,
  type SlipAnswer,
  type SlipEvent,
  slipAnswersItem,
  slipId,
} from './slip-answers';
export { readSnapshot, type Snapshot } from './snapshot';
export { type SyncOutcome, setSyncEnabled, syncNow, watchSync } from './sync';
