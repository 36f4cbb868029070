export { capEvents, MAX_EVENTS } from './cap-events';
export { compactEvents, URGE_RETENTION_DAYS } from './compact-events';
export { type ConversationHeader, conversationWith, targetOfKey } from './conversation';
export { type CoverageFeature, describeTarget, type TargetDescription, targetUrl } from './describe';
export { describeProfile } from './describe-profile';
export {
  accessNeeds,
  compileDnr,
  compileDnrRules,
  type DnrCompilation,
  type DnrOptions,
  type DnrRule,
  MAX_DNR_REGEX_RULES,
} from './dnr-rules';
export {
  DEVICE_TAG,
  EVENT_ID,
  eventId,
  foldedDayId,
  isOwn,
  isSharedId,
  ownerOf,
  SHARED_TYPES,
  tallyId,
  urgeDayId,
  withIds,
} from './event-ids';
export type {
  EventId,
  EventOf,
  LocalDay,
  Millis,
  Moment,
  NoContactEvent,
  NoContactEventType,
  RecordedEvent,
} from './events';
export { FEED_PLATFORMS, GENERIC_FEED_ITEMS, leavesLine } from './feed-items';
export { addFolded, foldedByDay, foldedInLastDays, foldedTotals } from './folded-counts';
export { CLOCK_BACK_TOLERANCE_MS, GAP_THRESHOLD_MS, heartbeatEvent } from './heartbeat';
export {
  hostPatternsOf,
  inPageGuardPatterns,
  mirrorPatternsOf,
  SEARCH_HOST_PATTERNS,
  siteOrigins,
  targetPlaces,
} from './host-access';
export { addDays, dayNumber, daysBetween, isLocalDay, localDay, startOfLocalDay } from './local-day';
export {
  createMatcher,
  type Hit,
  type Matcher,
  type ParseErrorCode,
  type ParseOptions,
  type ParseResult,
  parseTarget,
} from './match';
export { dueMilestone, MILESTONES, milestonesReached, type NextMilestone, nextMilestone } from './milestones';
export { profileAt } from './profile-at';
export { type EventRecord, joinVersions, mergeRecords, normalizeRecord, type Tombstones } from './record';
export { recordTime, TRUSTED_AHEAD_MS } from './record-clock';
export { countingStarts, noContactSince, type RunStart, type RunStartCause, runStarts } from './run-starts';
export { SEARCH_ENGINE_HOST_PATTERNS, SEARCH_ENGINES, type SearchEngine } from './search/engines';
export { normaliseName } from './search/name-text';
export {
  checkName,
  type HandleName,
  type HandleNameReason,
  handleAsName,
  MAX_NAME_LENGTH,
  MAX_NAMES,
  type NameCheck,
  type NameErrorCode,
  nameTargetsOf,
} from './search/names';
export { adopt, fitShared, sharedPart, tallyOf } from './shared-record';
export { currentStreak, type Streak } from './streak';
export { bestStreak, type StreakRun, streakHistory } from './streak-history';
export {
  type EmailTarget,
  type ListedTarget,
  type NameTarget,
  type PhoneTarget,
  PLATFORMS,
  type Platform,
  type ProfileTarget,
  type SiteTarget,
  type Target,
  targetKey,
} from './target';

export {
  type DayUrges,
  type UrgeTotals,
  urgeChart,
  urgesByDay,
  urgesInLastDays,
  urgesThisWeek,
  urgesToday,
} from './urge-counts';
export { ownTally, sameCounts, type TallyCounts, tallyDays } from './urge-tally';
