export { readEvents, recordEvent, recordStart, writeEvents } from './events';
export {
  type Allowance,
  allowancesItem,
  type Countdown,
  countdownsItem,
  eventsItem,
  heartbeatItem,
  type Meta,
  metaItem,
  peopleItem,
} from './items';
export {
  type AddProfileInput,
  type AddProfileResult,
  activeTargets,
  addProfile,
  findProfileByKey,
  readPeople,
  removeProfile,
} from './people';
export { readPlan, readSettings, savePlan } from './plan';
export type { JournalEntry, Person, Plan, Profile, Settings } from './schemas';
export { readSnapshot, type Snapshot } from './snapshot';
