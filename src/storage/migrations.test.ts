import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEvents } from './events';
import eventsV1 from './fixtures/events.v1.json';
import eventsV2 from './fixtures/events.v2.json';
import peopleV1 from './fixtures/people.v1.json';
import peopleV2 from './fixtures/people.v2.json';
import { eventsItem, peopleItem } from './items';
import { EVENTS_VERSION, eventsV1toV2, PEOPLE_VERSION, peopleV1toV2 } from './migrations';
import { activeTargets, readPeople } from './people';

describe('migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves people from version 1 to 2 as a pure step', () => {
    expect(peopleV1toV2(peopleV1)).toEqual(peopleV2);
    expect(peopleV1toV2('not a list')).toBe('not a list');
    expect(peopleV1toV2([null, { id: 'x', paused: true }])).toEqual([null, { id: 'x', paused: true }]);
  });

  it('migrates a version-1 list found in storage and records the new version', async () => {
    await fakeBrowser.storage.local.set({ people: peopleV1, people$: { v: 1 } });
    await peopleItem.migrate();
    expect(await peopleItem.getValue()).toEqual(peopleV2);
    expect(await peopleItem.getMeta()).toEqual({ v: PEOPLE_VERSION });
    const people = await readPeople();
    expect(people.map((p) => p.paused)).toEqual([false, false]);
    expect(activeTargets(people).filter((t) => t.kind !== 'name')).toHaveLength(2);
  });

  it('treats a list with no version mark as version 1', async () => {
    await fakeBrowser.storage.local.set({ people: peopleV1 });
    await peopleItem.migrate();
    expect(await peopleItem.getValue()).toEqual(peopleV2);
  });

  it('leaves a current list as it is', async () => {
    const current = structuredClone(peopleV2);
    current[0] = { ...current[0], paused: true } as (typeof current)[number];
    await fakeBrowser.storage.local.set({ people: current, people$: { v: PEOPLE_VERSION } });
    await peopleItem.migrate();
    expect(await peopleItem.getValue()).toEqual(current);
  });

  it('is harmless on a current list that lost its version mark (runs again, changes nothing)', async () => {
    const current = structuredClone(peopleV2);
    current[1] = { ...current[1], paused: true } as (typeof current)[number];
    await fakeBrowser.storage.local.set({ people: current });
    await peopleItem.migrate();
    expect(await peopleItem.getValue()).toEqual(current);
  });

  const meta = { installedAt: 1764000000000, installDay: '2026-11-24' };

  it('gives every event of version 1 its id, and marks the start made at install, as a pure step', () => {
    expect(eventsV1toV2(eventsV1, meta)).toEqual(eventsV2);
    expect(eventsV1toV2('not a list', meta)).toBe('not a list');
    // Without the install record, a start is hers.
    expect(eventsV1toV2(eventsV1, null)).toEqual(
      eventsV2.map(({ install: _, ...e }: { install?: boolean }) => e),
    );
  });

  it('migrates version-1 events found in storage, and reads them the same before and after', async () => {
    await fakeBrowser.storage.local.set({ events: eventsV1, meta });
    const before = await readEvents();
    await eventsItem.migrate();
    expect(await eventsItem.getValue()).toEqual(eventsV2);
    expect(await eventsItem.getMeta()).toEqual({ v: EVENTS_VERSION });
    expect(await readEvents()).toEqual(before);
  });
});
