import type { EventId, LocalDay, Moment, NoContactEvent, NoContactEventType, RecordedEvent } from './events';

/**
 * Identities of events, so that her browsers can merge their records: the same event has the same id
 * everywhere, two events never share one. An id is a letter for the type, the time in base 36 and, after a dot,
 * the tag of the browser the event belongs to: `c1kq9x3f0w.k3x9a` is a contact recorded on browser `k3x9a`.
 * Per-day counts are known by their day instead (`d20240601s.k3x9a`: urges on a search, that day), and a
 * browser's tally of urges by the browser alone (`t.k3x9a`).
 *
 * Events recorded before ids existed get theirs from their content, without a tag, so an old event that
 * reached two browsers (an export imported on the other) has the same id on both.
 */

const LETTER: Record<NoContactEventType, string> = {
  urge: 'u',
  slip: 's',
  contact: 'c',
  start: 'n',
  gap: 'g',
  'clock-back': 'b',
  milestone: 'm',
  'urge-day': 'd',
  'urge-tally': 't',
  'folded-day': 'f',
};

/** A browser's tag: five base-36 characters, drawn once per install (and again after a reset). */
export const DEVICE_TAG = /^[0-9a-z]{5}$/;

/** An id as this module makes them (`-n`: the n-th of old events that would otherwise share one). */
export const EVENT_ID = /^[a-z][0-9a-z]*(\.[0-9a-z]{5})?(-[0-9]+)?$/;

const MOMENT_LETTER: Record<Exclude<Moment, 'profile'>, string> = { search: 's', contact: 'c' };

const withTag = (body: string, owner: string | undefined) => (owner ? `${body}.${owner}` : body);

/** The id of one day's count of urges on one browser (`owner` undefined: counted before ids existed). */
export function urgeDayId(
  day: LocalDay,
  moment: Exclude<Moment, 'profile'> | undefined,
  owner?: string,
): EventId {
  return withTag(`d${day.replaceAll('-', '')}${moment ? MOMENT_LETTER[moment] : ''}`, owner);
}

/** The id of one day's count of reminders folded away on browser `owner`. */
export const foldedDayId = (day: LocalDay, owner?: string): EventId =>
  withTag(`f${day.replaceAll('-', '')}`, owner);

/** The id of the tally of urges that browser `owner` shares. */
export const tallyId = (owner: string): EventId => `t.${owner}`;

/** The id an event gets on browser `owner` (or, without one, as an event recorded before ids existed). */
export function eventId(event: NoContactEvent, owner?: string): EventId {
  if (event.type === 'urge-day') return urgeDayId(event.day, event.moment, owner);
  if (event.type === 'urge-tally') return tallyId(owner ?? '');
  if (event.type === 'folded-day') return foldedDayId(event.day, owner);
  return withTag(`${LETTER[event.type]}${Math.round(event.at).toString(36)}`, owner);
}

/** Kinds her browsers share through sync: what defines the streak, the milestones shown, and urge tallies. */
export const SHARED_TYPES: ReadonlySet<NoContactEventType> = new Set<NoContactEventType>([
  'start',
  'contact',
  'slip',
  'milestone',
  'urge-tally',
]);

const SHARED_LETTERS = new Set([...SHARED_TYPES].map((type) => LETTER[type]));

/** Whether the event with this id is one her browsers share (for a tombstone, whose event is gone). */
export const isSharedId = (id: EventId): boolean => SHARED_LETTERS.has(id[0] ?? '');

/** The browser an event belongs to; undefined for events recorded before ids existed. */
export function ownerOf(id: EventId): string | undefined {
  const tag = /\.([0-9a-z]{5})(?:-[0-9]+)?$/.exec(id);
  return tag?.[1];
}

/** Whether an event is this browser's own: recorded here, or recorded before ids existed (so, here too). */
export function isOwn(id: EventId, self: string): boolean {
  const owner = ownerOf(id);
  return owner === undefined || owner === self;
}

/**
 * The events, each with an id: the ids they have, and for those without, the id of an event recorded before
 * ids existed. Distinct old events that would share an id get `-2`, `-3`… in the order of their content, so
 * the same set of old events gets the same ids on every browser.
 */
export function withIds(events: readonly (NoContactEvent & { id?: EventId })[]): RecordedEvent[] {
  // Only among themselves: an old event that another list already gave an id keeps meeting the same id.
  const taken = new Set<EventId>();
  const unnamed = events
    .filter((e) => e.id === undefined)
    .map((e) => ({ event: e, content: JSON.stringify(e) }))
    .sort((a, b) => (a.content < b.content ? -1 : a.content > b.content ? 1 : 0));
  const named = new Map<string, EventId>();
  for (const { event, content } of unnamed) {
    if (named.has(content)) continue;
    const base = eventId(event);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    named.set(content, id);
  }
  return events.map((e) =>
    e.id !== undefined ? (e as RecordedEvent) : ({ id: named.get(JSON.stringify(e)), ...e } as RecordedEvent),
  );
}
