import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTargets, addPerson, applyDuePending, readPending, readPeople } from '@/src/storage';
import { saveNames } from './names-save';

async function him() {
  const [person] = await readPeople();
  if (!person) throw new Error('no person');
  return person;
}

describe('saveNames', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds names at once, and makes taking one away wait for the delay', async () => {
    await addPerson('Him');
    await saveNames(await him(), ['Kai Morgan', 'Kaimo'], []);
    expect((await him()).names).toEqual(['Kai Morgan', 'Kaimo']);
    expect(activeTargets(await readPeople())).toEqual([
      { kind: 'name', name: 'kai morgan' },
      { kind: 'name', name: 'kaimo' },
    ]);

    await saveNames(await him(), ['Kai Morgan'], await readPending());
    // Still caught until the delay (24 h by default) has passed.
    expect((await him()).names).toEqual(['Kai Morgan', 'Kaimo']);
    const [change] = await readPending();
    expect(change).toMatchObject({ kind: 'remove-name', payload: { name: 'Kaimo' } });
    await applyDuePending((change?.effectiveAt ?? 0) + 1, 'UTC');
    expect((await him()).names).toEqual(['Kai Morgan']);
  });

  it('keeps a name she writes again while its removal waits', async () => {
    await addPerson('Him');
    await saveNames(await him(), ['Kai Morgan', 'Kaimo'], []);
    await saveNames(await him(), ['Kai Morgan'], []);
    expect(await readPending()).toHaveLength(1);
    await saveNames(await him(), ['Kai Morgan', 'Kaimo'], await readPending());
    expect(await readPending()).toEqual([]);
    expect((await him()).names).toEqual(['Kai Morgan', 'Kaimo']);
  });

  it('removes at once when there is no delay', async () => {
    await addPerson('Him');
    await fakeBrowser.storage.local.set({ settings: { delayHours: 0 } });
    await saveNames(await him(), ['Kai Morgan'], []);
    await saveNames(await him(), [], []);
    expect((await him()).names).toEqual([]);
  });
});
