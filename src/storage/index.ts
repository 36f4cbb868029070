export { readEvents, recordEvent, recordStart } from './events';
export {
  type Allowance,
  allowancesItem,
  type Countdown,
  countdownsItem,
  eventsItem,
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
