import type { NoContactEvent } from '@/src/core';
import { defineItem } from './item';
import { PEOPLE_VERSION, peopleMigrations } from './migrations';
import type { PendingChange } from './pending-rules';
import type { JournalEntry, Person, Plan, Settings } from './schemas';

/**
 * Every stored item, in one place. An item whose shape changes gets a version and migrations from the
 * shapes before it (migrations.ts); the rest are version 1. Readers in this folder repair what they read
 * (see repair.ts).
 */

export const peopleItem = defineItem<Person[]>('local:people', {
  fallback: [],
  version: PEOPLE_VERSION,
  migrations: peopleMigrations,
});

export const planItem = defineItem<Partial<Plan>>('local:plan', { fallback: {} });

export const settingsItem = defineItem<Partial<Settings>>('local:settings', { fallback: {} });

export const eventsItem = defineItem<NoContactEvent[]>('local:events', { fallback: [] });

export const journalItem = defineItem<JournalEntry[]>('local:journal', { fallback: [] });

/** Changes that weaken her protection, waiting for the commitment delay (see pending-rules.ts). */
export const pendingItem = defineItem<PendingChange[]>('local:pending', { fallback: [] });

/** This device's choice to keep people, plan and settings in the browser's sync storage. */
export const syncEnabledItem = defineItem<boolean>('local:syncEnabled', { fallback: false });

/** Profiles removed here, by target key and time, so that sync does not bring them back from another device. */
export const removedItem = defineItem<Record<string, number>>('local:removed', { fallback: {} });

/** The `at` of the last bundle this device wrote to or took from sync. */
export const syncSeenItem = defineItem<number>('local:syncSeen', { fallback: 0 });

export interface Meta {
  installedAt: number;
  /** The local day of installation: "No contact since" until she sets it. */
  installDay: string;
}

export const metaItem = defineItem<Meta | null>('local:meta', { fallback: null });

/** Per-tab permission to see one blocked target, until `until`. Session storage: gone when the browser closes. */
export interface Allowance {
  key: string;
  until: number;
  /** The session rules that let this tab through (Chrome). */
  ruleIds?: number[];
}

export const allowancesItem = defineItem<Record<string, Allowance>>('session:allowances', { fallback: {} });

/** A countdown she started on the interstitial: going through is possible from `readyAt`. */
export interface Countdown {
  key: string;
  readyAt: number;
}

export const countdownsItem = defineItem<Record<string, Countdown>>('session:countdowns', { fallback: {} });

/** The last time the background was seen running: gaps in protection are derived from it. */
export const heartbeatItem = defineItem<number | null>('local:heartbeat', { fallback: null });
