import { storage } from 'wxt/utils/storage';
import type { EventId, NoContactEvent, Tombstones } from '@/src/core';
import { EVENTS_VERSION, eventsV1toV2, PEOPLE_VERSION, peopleMigrations } from './migrations';
import type { PendingChange } from './pending-rules';
import {
  type JournalEntry,
  type Meta,
  MetaSchema,
  type Person,
  type Plan,
  readAs,
  type Settings,
} from './schemas';

export type { Meta } from './schemas';

/**
 * Every stored item, in one place. Each has a version so that a later shape can migrate from
 * this one; readers in this folder repair what they read (see repair.ts).
 *
 * Each definition is marked pure, so a page or the in-page script that never uses an item carries neither it
 * nor its migration (the one for events brings the whole record's code); an item's migration runs in the
 * contexts that use it, the background among them.
 */

export const peopleItem = /* @__PURE__ */ storage.defineItem<Person[]>('local:people', {
  fallback: [],
  version: PEOPLE_VERSION,
  migrations: peopleMigrations,
});

export const planItem = /* @__PURE__ */ storage.defineItem<Partial<Plan>>('local:plan', {
  fallback: {},
  version: 1,
});

export const settingsItem = /* @__PURE__ */ storage.defineItem<Partial<Settings>>('local:settings', {
  fallback: {},
  version: 1,
});

/**
 * Her record: every event with its id, in time order (see core/record.ts). Stored values may be older, without
 * ids: readers repair them (repair-events.ts), as the migration to version 2 does once.
 */
export const eventsItem = /* @__PURE__ */ storage.defineItem<(NoContactEvent & { id?: EventId })[]>(
  'local:events',
  {
    fallback: [],
    version: EVENTS_VERSION,
    migrations: {
      2: async (old: unknown) =>
        eventsV1toV2(old, readAs(MetaSchema, await storage.getItem('local:meta')) ?? null),
    },
  },
);

/** Events she deleted, by id, with when: so no other browser and no import brings them back. */
export const deletedEventsItem = /* @__PURE__ */ storage.defineItem<Tombstones>('local:deletedEvents', {
  fallback: {},
  version: 1,
});

/** This browser's tag in event ids (see core/event-ids.ts); drawn on first use, again after a reset. */
export const deviceItem = /* @__PURE__ */ storage.defineItem<string | null>('local:device', {
  fallback: null,
  version: 1,
});

export const journalItem = /* @__PURE__ */ storage.defineItem<JournalEntry[]>('local:journal', {
  fallback: [],
  version: 1,
});

/** Changes that weaken her protection, waiting for the commitment delay (see pending-rules.ts). */
export const pendingItem = /* @__PURE__ */ storage.defineItem<PendingChange[]>('local:pending', {
  fallback: [],
  version: 1,
});

/** This device's choice to keep people, plan and settings in the browser's sync storage. */
export const syncEnabledItem = /* @__PURE__ */ storage.defineItem<boolean>('local:syncEnabled', {
  fallback: false,
  version: 1,
});

/** Profiles removed here, by target key and time, so that sync does not bring them back from another device. */
export const removedItem = /* @__PURE__ */ storage.defineItem<Record<string, number>>('local:removed', {
  fallback: {},
  version: 1,
});

/**
 * What kept the last sync from reading or writing: another browser's data from a newer version, or that could
 * not be read (`since`: first seen), too much for the quota, or the browser refusing. Shown in options.
 */
export type SyncProblem = 'newer' | 'unreadable' | 'too-big' | 'failed';

export interface SyncStatus {
  at: number;
  problem?: SyncProblem;
  since?: number;
}

export const syncStatusItem = /* @__PURE__ */ storage.defineItem<SyncStatus | null>('local:syncStatus', {
  fallback: null,
  version: 1,
});

/** The `at` of the last bundle this device wrote to or took from sync. */
export const syncSeenItem = /* @__PURE__ */ storage.defineItem<number>('local:syncSeen', {
  fallback: 0,
  version: 1,
});

export const metaItem = /* @__PURE__ */ storage.defineItem<Meta | null>('local:meta', {
  fallback: null,
  version: 1,
});

/** Per-tab permission to see one blocked target, until `until`. Session storage: gone when the browser closes. */
export interface Allowance {
  key: string;
  until: number;
  /** The session rules that let this tab through (Chrome). */
  ruleIds?: number[];
}

export const allowancesItem = /* @__PURE__ */ storage.defineItem<Record<string, Allowance>>(
  'session:allowances',
  {
    fallback: {},
    version: 1,
  },
);

/** A countdown she started on the interstitial: going through is possible from `readyAt`. */
export interface Countdown {
  key: string;
  readyAt: number;
}

export const countdownsItem = /* @__PURE__ */ storage.defineItem<Record<string, Countdown>>(
  'session:countdowns',
  {
    fallback: {},
    version: 1,
  },
);

/** The last time the background was seen running: gaps in protection are derived from it. */
export const heartbeatItem = /* @__PURE__ */ storage.defineItem<number | null>('local:heartbeat', {
  fallback: null,
  version: 1,
});
