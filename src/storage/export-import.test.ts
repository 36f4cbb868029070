import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type ExportData,
  exportData,
  importData,
  MAX_IMPORT_BYTES,
  mergeImport,
  parseImport,
  readExportData,
} from './export-import';
import exportV1 from './fixtures/export.v1.json';
import exportV2 from './fixtures/export.v2.json';
import { eventsItem, journalItem, peopleItem, planItem, settingsItem } from './items';
import { readPending } from './pending';
import { readSettings } from './plan';
import type { Person } from './schemas';

const text = (value: unknown) => JSON.stringify(value);
const empty: ExportData = {
  people: [],
  plan: { text: null, reasons: [], goalDays: 14, friend: { name: '', link: '' } },
  settings: { countdownSeconds: 30, allowanceMinutes: 10, strict: false, delayHours: 24, foldFeeds: true },
  events: [],
  journal: [],
  deleted: {},
};
const SELF = 'k3x9a';

describe('parseImport', () => {
  it.each([
    ['a version-1 export file', exportV1],
    ['a version-2 export file', exportV2],
  ])('accepts %s', (_, file) => {
    const parsed = parseImport(text(file));
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"format": "no-contact",', 'not-json'],
    ['another kind of file', text({ hello: 1 }), 'not-export'],
    ['a newer version', text({ ...exportV1, version: 3 }), 'newer-version'],
    ['an unknown version', text({ ...exportV1, version: 'one' }), 'unknown-version'],
    ['a wrong type', text({ ...exportV1, plan: { ...exportV1.plan, goalDays: 'fourteen' } }), 'invalid'],
    ['an unknown field', text({ ...exportV1, extra: true }), 'invalid'],
  ])('refuses %s', (_, input, code) => {
    const parsed = parseImport(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  const [sam] = exportV1.people;
  const [ig] = sam?.profiles ?? [];
  it.each<[string, object, string]>([
    ['a wrong type', { plan: { ...exportV1.plan, goalDays: 'fourteen' } }, 'plan.goalDays'],
    ['a missing field', { plan: { ...exportV1.plan, goalDays: undefined } }, 'plan.goalDays'],
    [
      'an unknown field',
      { plan: { ...exportV1.plan, friend: { name: 'Ana', link: '', extra: 1 } } },
      'plan.friend.extra',
    ],
    ['a wrong field before an unknown one', { extra: 1, exportedAt: 'now' }, 'exportedAt'],
    [
      'too many entries in a list',
      { plan: { ...exportV1.plan, reasons: Array(51).fill('r') } },
      'plan.reasons',
    ],
    ['a wrong entry in a list', { plan: { ...exportV1.plan, reasons: ['calm', 7] } }, 'plan.reasons.1'],
    [
      'a deep field',
      { people: [{ ...sam, profiles: [{ ...ig, target: { ...ig?.target, handle: '' } }] }] },
      'people.0.profiles.0.target.handle',
    ],
    ['a kind of event it does not know', { events: [{ type: 'hug', at: 1 }] }, 'events.0.type'],
    ['an event type that is not its own field', { events: [{ type: 'toString', at: 1 }] }, 'events.0.type'],
    ['a wrong moment', { events: [{ type: 'urge', at: 1, moment: 'profile' }] }, 'events.0.moment'],
    ['a value where an object belongs', { settings: 'strict' }, 'settings'],
  ])('names the field that is wrong: %s', (_, change, path) => {
    expect(parseImport(text({ ...exportV1, ...change }))).toEqual({
      ok: false,
      error: { code: 'invalid', path },
    });
  });

  it('takes urges and slips with the moment that caught them', () => {
    const events = [
      { type: 'urge', at: 1, key: 'name:kai morgan', moment: 'search' },
      { type: 'slip', at: 2, visit: 'v', moment: 'contact' },
    ];
    const parsed = parseImport(text({ ...exportV1, events }));
    expect(parsed.ok && parsed.file.events).toEqual(events);
  });

  it('refuses a file over 1 MB before reading it', () => {
    const big = text({ ...exportV1, journal: [{ id: 'j', at: 0, text: 'x'.repeat(MAX_IMPORT_BYTES) }] });
    expect(parseImport(big)).toEqual({ ok: false, error: { code: 'too-big' } });
  });
});

describe('mergeImport', () => {
  it('adds profiles and never removes hers, and says so', () => {
    const parsed = parseImport(text(exportV1));
    if (!parsed.ok) throw new Error('fixture invalid');
    const mine: ExportData = {
      ...empty,
      people: [
        {
          id: 'me-1',
          name: 'sam',
          paused: false,
          names: [],
          hideFromFeeds: true,
          profiles: [
            {
              id: 'mine',
              target: { kind: 'profile', platform: 'tiktok', handle: 'sam' },
              input: '',
              addedAt: 0,
              paused: false,
            },
            {
              id: 'dup',
              target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
              input: '',
              addedAt: 0,
              paused: false,
            },
          ],
        },
      ],
    };
    let n = 0;
    const merged = mergeImport(mine, parsed.file, () => `new-${++n}`, SELF);
    expect(merged.people.map((p) => [p.name, p.profiles.map((pr) => pr.id)])).toEqual([
      ['sam', ['mine', 'dup', 'profile-x']],
      ['Jo', ['profile-site']],
    ]);
    expect(merged.preview).toMatchObject({
      newPeople: ['Jo'],
      addedProfiles: 2,
      alreadyListed: 1,
      keptProfiles: 1,
    });
  });

  it('schedules weaker settings from a file instead of applying them', () => {
    const parsed = parseImport(
      text({ ...exportV1, settings: { ...exportV1.settings, countdownSeconds: 5, strict: true } }),
    );
    if (!parsed.ok) throw new Error('fixture invalid');
    expect(mergeImport(empty, parsed.file, () => 'x', SELF).preview).toMatchObject({
      settingsNow: { strict: true },
      settingsLater: { countdownSeconds: 5 },
    });
  });
});

describe('export and import in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes back what she was caught heading for, and his number and address', async () => {
    const file = {
      ...exportV1,
      people: [
        {
          id: 'p9',
          name: 'Kai',
          paused: false,
          profiles: [
            {
              id: 'n',
              target: { kind: 'phone', number: '+34600000000' },
              input: '+34 600 000 000',
              addedAt: 1,
              paused: false,
            },
            {
              id: 'm',
              target: { kind: 'email', address: 'kai@example.com' },
              input: 'kai@example.com',
              addedAt: 1,
              paused: false,
            },
          ],
        },
      ],
      events: [
        { type: 'urge', at: 1, key: 'phone:+34600000000', moment: 'contact' },
        { type: 'slip', at: 2, key: 'email:kai@example.com', moment: 'contact' },
      ],
    };
    expect(parseImport(text(file))).toMatchObject({
      ok: true,
      file: { people: file.people, events: file.events },
    });
    expect(parseImport(text({ ...file, events: [{ type: 'urge', at: 1, moment: 'profile' }] })).ok).toBe(
      false,
    );
  });

  it('round-trips losslessly into an empty browser', async () => {
    const parsed = parseImport(text(exportV1));
    if (!parsed.ok) throw new Error('fixture invalid');
    await importData(parsed.file, 2);
    const again = await exportData(3);
    // Files from before ids and names existed read with both: as version 2 writes them.
    expect({ ...again, exportedAt: exportV1.exportedAt }).toEqual(exportV2);
    const second = parseImport(text(again));
    if (!second.ok) throw new Error('export invalid');
    const before = await readExportData();
    await importData(second.file, 4);
    expect(await readExportData()).toEqual(before);
  });

  it('changes nothing when the file is refused', async () => {
    await peopleItem.setValue(exportV1.people as Person[]);
    await planItem.setValue({ text: 'mine' });
    const before = await fakeBrowser.storage.local.get(null);
    const parsed = parseImport('{ not json');
    expect(parsed.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('puts weaker imported settings through the delay', async () => {
    await settingsItem.setValue({ strict: true });
    const parsed = parseImport(text(exportV1));
    if (!parsed.ok) throw new Error('fixture invalid');
    await importData(parsed.file, 1000);
    expect((await readSettings()).strict).toBe(true);
    expect((await readPending()).map((c) => c.payload)).toEqual([{ strict: false }]);
    expect(await eventsItem.getValue()).toHaveLength(3);
    expect(await journalItem.getValue()).toHaveLength(1);
  });

  it('merges her record by identity: an old file and its newer export add nothing twice, and deletions hold', async () => {
    const v1 = parseImport(text(exportV1));
    const v2 = parseImport(text(exportV2));
    if (!v1.ok || !v2.ok) throw new Error('fixture invalid');
    await importData(v1.file, 2);
    const once = await readExportData();
    expect(mergeImport(once, v2.file, () => 'x', SELF).preview.eventsAdded).toBe(0);
    await importData(v2.file, 3);
    expect(await readExportData()).toEqual(once);

    // A file that knows the contact was deleted deletes it here; the old file cannot bring it back.
    const contact = exportV2.events.find((e) => e.type === 'contact');
    const deleting = parseImport(text({ ...exportV2, deleted: { [contact?.id ?? '']: 10 } }));
    if (!deleting.ok) throw new Error('file invalid');
    await importData(deleting.file, 4);
    await importData(v1.file, 5);
    expect((await readExportData()).events.map((e) => e.type)).toEqual(['start', 'urge']);
    expect((await exportData(6)).deleted).toEqual({ [contact?.id ?? '']: 10 });
  });
});
