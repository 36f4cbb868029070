import { type Target, targetKey } from '@/src/core';
import { peopleItem } from './items';
import { repairPeople } from './repair';
import type { Person, Profile } from './schemas';

export async function readPeople(): Promise<Person[]> {
  return repairPeople(await peopleItem.getValue());
}

/** The targets that block right now: every profile that isn't paused, of every person who isn't paused. */
export function activeTargets(people: readonly Person[]): Target[] {
  return people.flatMap((p) =>
    p.paused ? [] : p.profiles.filter((pr) => !pr.paused).map((pr) => pr.target),
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
  target: Target;
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
    person = { id: crypto.randomUUID(), name: args.defaultPersonName, paused: false, profiles: [] };
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
  const person: Person = { id: crypto.randomUUID(), name: name.trim(), paused: false, profiles: [] };
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
