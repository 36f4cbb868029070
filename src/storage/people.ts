import { type ListedTarget, nameTargetsOf, type Target, targetKey } from '@/src/core';
import { peopleItem } from './items';
import { repairPeople } from './repair';
import type { Person, Profile } from './schemas';

export async function readPeople(): Promise<Person[]> {
  return repairPeople(await peopleItem.getValue());
}

/**
 * The targets that block right now: every profile that isn't paused, of every person who isn't paused, then
 * the names searches for him are caught by (hers for him, and his handles that read as names).
 */
export function activeTargets(people: readonly Person[]): Target[] {
  const profiles = people.flatMap((p) =>
    p.paused ? [] : p.profiles.filter((pr) => !pr.paused).map((pr) => pr.target),
  );
  const names = people.flatMap((p) =>
    p.paused
      ? []
      : nameTargetsOf(
          p.names,
          p.profiles.filter((pr) => !pr.paused).map((pr) => pr.target),
        ),
  );
  return [...profiles, ...names];
}

/** The person a target (a profile's, or one of his names) belongs to. */
export function personOfTarget(people: readonly Person[], target: Target): Person | undefined {
  const key = targetKey(target);
  if (target.kind !== 'name') return findProfileByKey(people, key)?.person;
  return people.find((p) =>
    nameTargetsOf(
      p.names,
      p.profiles.map((pr) => pr.target),
    ).some((n) => targetKey(n) === key),
  );
}

export function findProfileByKey(
  people: readonly Person[],
  key: string,
): { person: Person; profile: Profile } | undefined {
  for (const person of people) {
    const profile = person.profiles.find((pr) => targetKey(pr.target) === key);
    if (profile) return { person, profile };
  }
  return undefined;
}

export type AddProfileResult =
  | { ok: true; profile: Profile; person: Person }
  | { ok: false; reason: 'duplicate'; person: Person };

export interface AddProfileInput {
  target: ListedTarget;
  input: string;
  now: number;
  /** The person to add to; the first person (created with `defaultPersonName` if none) otherwise. */
  personId?: string;
  defaultPersonName: string;
}

export async function addProfile(args: AddProfileInput): Promise<AddProfileResult> {
  const people = await readPeople();
  const existing = findProfileByKey(people, targetKey(args.target));
  if (existing) return { ok: false, reason: 'duplicate', person: existing.person };
  let person = people.find((p) => p.id === args.personId) ?? people[0];
  if (!person) {
    person = {
      id: crypto.randomUUID(),
      name: args.defaultPersonName,
      paused: false,
      profiles: [],
      names: [],
      hideFromFeeds: true,
    };
    people.push(person);
  }
  const profile: Profile = {
    id: crypto.randomUUID(),
    target: args.target,
    input: args.input,
    addedAt: args.now,
    paused: false,
  };
  person.profiles.push(profile);
  await peopleItem.setValue(people);
  return { ok: true, profile, person };
}

export async function removeProfile(profileId: string): Promise<void> {
  const people = await readPeople();
  for (const person of people) person.profiles = person.profiles.filter((pr) => pr.id !== profileId);
  await peopleItem.setValue(people);
}

/** A new person to group profiles under: him, or someone around him. Adding protection: applies at once. */
export async function addPerson(name: string): Promise<Person> {
  const people = await readPeople();
  const person: Person = {
    id: crypto.randomUUID(),
    name: name.trim(),
    paused: false,
    profiles: [],
    names: [],
    hideFromFeeds: true,
  };
  people.push(person);
  await peopleItem.setValue(people);
  return person;
}

export async function renamePerson(personId: string, name: string): Promise<void> {
  const people = await readPeople();
  for (const person of people) if (person.id === personId) person.name = name.trim();
  await peopleItem.setValue(people);
}

/** Blocking again: strengthening, so it applies at once. */
export async function resumeProfile(profileId: string): Promise<void> {
  const people = await readPeople();
  for (const person of people) for (const pr of person.profiles) if (pr.id === profileId) pr.paused = false;
  await peopleItem.setValue(people);
}

export async function resumePerson(personId: string): Promise<void> {
  const people = await readPeople();
  for (const person of people) if (person.id === personId) person.paused = false;
  await peopleItem.setValue(people);
}

/** Adds names she gave for him (already checked); names he has already are not repeated. Strengthening: at once. */
export async function addNames(personId: string, names: readonly string[]): Promise<void> {
  const people = await readPeople();
  for (const person of people) {
    if (person.id !== personId) continue;
    for (const name of names) if (!person.names.includes(name)) person.names.push(name);
  }
  await peopleItem.setValue(people);
}
