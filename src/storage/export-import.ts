import * as v from 'valibot';
import { adopt, type RecordedEvent, type Tombstones, targetKey, withIds } from '@/src/core';
import { deviceTag, readRecord, writeRecord } from './events';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  ExportFileSchema,
  MAX_IMPORT_BYTES,
} from './export-schema';
import { journalItem, peopleItem, planItem } from './items';
import { readJournal } from './journal';
import { saveSettings } from './pending';
import { splitSettings } from './pending-rules';
import { readPeople } from './people';
import { readPlan, readSettings } from './plan';
import { changeRecord } from './record-lock';
import type { JournalEntry, Person, Plan, Settings } from './schemas';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, MAX_IMPORT_BYTES } from './export-schema';

export interface ExportData {
  people: Person[];
  plan: Plan;
  settings: Settings;
  events: RecordedEvent[];
  journal: JournalEntry[];
  /** Events she deleted: so an import elsewhere does not bring them back. */
  deleted: Tombstones;
}

export function buildExport(data: ExportData, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    ...structuredClone(data),
  };
}

export type ImportError =
  | { code: 'too-big' }
  | { code: 'not-json' }
  | { code: 'not-export' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-version' }
  | { code: 'invalid'; path: string };

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

/** Checks a file's text completely before anything is changed. */
export function parseImport(text: string): ParsedImport {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES)
    return { ok: false, error: { code: 'too-big' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: { code: 'not-export' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return { ok: false, error: { code: 'newer-version', version } };
  }
  if (version !== 1 && version !== EXPORT_VERSION) return { ok: false, error: { code: 'unknown-version' } };
  // The first problem is the one she is told about: the check stops there.
  const parsed = v.safeParse(ExportFileSchema, json, { abortEarly: true });
  if (parsed.success) return { ok: true, file: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, error: { code: 'invalid', path: v.getDotPath(issue) ?? '' } };
}

export interface ImportPreview {
  /** Names of people the file adds. */
  newPeople: string[];
  /** Profiles the file adds to her list. */
  addedProfiles: number;
  /** Profiles in the file that are on her list already. */
  alreadyListed: number;
  /** Profiles on her list that the file doesn't have: kept, never removed by an import. */
  keptProfiles: number;
  planChanges: boolean;
  /** Settings that apply at once (stronger), and those that wait for the delay (weaker). */
  settingsNow: Partial<Settings>;
  settingsLater: Partial<Settings>;
  eventsAdded: number;
  journalAdded: number;
}

export interface MergedImport {
  people: Person[];
  events: RecordedEvent[];
  deleted: Tombstones;
  journal: JournalEntry[];
  preview: ImportPreview;
}

export function mergeImport(
  current: ExportData,
  file: ExportFile,
  newId: () => string,
  self: string,
): MergedImport {
  const people = structuredClone(current.people);
  const personIds = new Set(people.map((p) => p.id));
  const profileIds = new Set(people.flatMap((p) => p.profiles.map((pr) => pr.id)));
  const listed = new Set(people.flatMap((p) => p.profiles.map((pr) => targetKey(pr.target))));
  const inFile = new Set(file.people.flatMap((p) => p.profiles.map((pr) => targetKey(pr.target))));
  const newPeople: string[] = [];
  let addedProfiles = 0;
  let alreadyListed = 0;

  for (const incoming of file.people) {
    let person =
      people.find((p) => p.id === incoming.id) ??
      people.find((p) => p.name.trim().toLowerCase() === incoming.name.trim().toLowerCase());
    const fresh = incoming.profiles.filter((pr) => !listed.has(targetKey(pr.target)));
    alreadyListed += incoming.profiles.length - fresh.length;
    if (!person) {
      person = {
        id: personIds.has(incoming.id) ? newId() : incoming.id,
        name: incoming.name,
        paused: incoming.paused,
        profiles: [],
        names: [],
        hideFromFeeds: incoming.hideFromFeeds,
      };
      personIds.add(person.id);
      people.push(person);
      newPeople.push(incoming.name);
    }
    // Her names for him join those he has here (adding protection, like new profiles).
    for (const name of incoming.names) if (!person.names.includes(name)) person.names.push(name);
    for (const profile of fresh) {
      const id = profileIds.has(profile.id) ? newId() : profile.id;
      profileIds.add(id);
      listed.add(targetKey(profile.target));
      person.profiles.push({ ...profile, id });
      addedProfiles++;
    }
  }

  // Her record and the file's, merged by identity as two of her browsers would (an old file's events get the
  // ids an old event gets everywhere, so importing it twice, or into a browser that synced it, adds nothing).
  const record = adopt(
    { events: current.events, deleted: current.deleted },
    { events: withIds(file.events), deleted: file.deleted ?? {} },
    self,
  );
  const known = new Set(current.events.map((e) => e.id));
  const eventsAdded = record.events.filter((e) => !known.has(e.id)).length;
  const journalIds = new Set(current.journal.map((j) => j.id));
  const addedJournal = file.journal.filter((j) => !journalIds.has(j.id));
  const journal = [...current.journal, ...addedJournal].sort((a, b) => a.at - b.at);
  const { immediate, delayed } = splitSettings(current.settings, file.settings);

  return {
    people,
    events: record.events,
    deleted: record.deleted,
    journal,
    preview: {
      newPeople,
      addedProfiles,
      alreadyListed,
      keptProfiles: [...current.people.flatMap((p) => p.profiles)].filter(
        (pr) => !inFile.has(targetKey(pr.target)),
      ).length,
      planChanges: JSON.stringify(current.plan) !== JSON.stringify(file.plan),
      settingsNow: immediate,
      settingsLater: delayed,
      eventsAdded,
      journalAdded: addedJournal.length,
    },
  };
}

export async function readExportData(): Promise<ExportData> {
  const [people, plan, settings, record, journal] = await Promise.all([
    readPeople(),
    readPlan(),
    readSettings(),
    readRecord(),
    readJournal(),
  ]);
  return { people, plan, settings, events: record.events, journal, deleted: record.deleted };
}

export async function exportData(now: number): Promise<ExportFile> {
  return buildExport(await readExportData(), now);
}

export async function previewImport(file: ExportFile): Promise<ImportPreview> {
  return mergeImport(await readExportData(), file, () => crypto.randomUUID(), await deviceTag()).preview;
}

/** Applies a checked file: see mergeImport for what is added, replaced and scheduled. */
export async function importData(file: ExportFile, now: number): Promise<ImportPreview> {
  const tag = await deviceTag();
  // Her record is read, merged and written as one change, so nothing recorded meanwhile is lost.
  const merged = await changeRecord(async () => {
    const result = mergeImport(await readExportData(), file, () => crypto.randomUUID(), tag);
    await peopleItem.setValue(result.people);
    await planItem.setValue(file.plan);
    await writeRecord({ events: result.events, deleted: result.deleted });
    await journalItem.setValue(result.journal);
    return result;
  });
  await saveSettings(file.settings, now);
  return merged.preview;
}
