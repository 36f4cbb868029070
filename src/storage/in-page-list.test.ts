import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IN_PAGE_LIST_KEY, parseInPageList, readInPageList, writeInPageList } from './in-page-list';

describe('parseInPageList', () => {
  it.each<[string, unknown, string[] | undefined]>([
    [
      'what the background writes',
      { version: 1, needles: ['exname', 'samrivers_'] },
      ['exname', 'samrivers_'],
    ],
    ['an empty list', { version: 1, needles: [] }, []],
    ['nothing stored yet', undefined, undefined],
    ['another version', { version: 2, needles: ['exname'] }, undefined],
    ['needles that are not strings', { version: 1, needles: ['exname', 7] }, undefined],
    ['an empty needle', { version: 1, needles: [''] }, undefined],
    ['needles that are not a list', { version: 1, needles: 'exname' }, undefined],
    ['a string', 'exname', undefined],
    ['null', null, undefined],
  ])('%s', (_, value, expected) => {
    expect(parseInPageList(value)).toEqual(expected);
  });
});

describe('writeInPageList / readInPageList', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the needles for the in-page script, and reads them back', async () => {
    await writeInPageList(fakeBrowser.storage.local, ['exname']);
    expect(await fakeBrowser.storage.local.get(IN_PAGE_LIST_KEY)).toEqual({
      [IN_PAGE_LIST_KEY]: { version: 1, needles: ['exname'] },
    });
    expect(await readInPageList(fakeBrowser.storage.local)).toEqual(['exname']);
  });

  it('does not write the same needles again (open tabs hear every write)', async () => {
    await writeInPageList(fakeBrowser.storage.local, ['exname']);
    const heard = vi.fn();
    fakeBrowser.storage.onChanged.addListener(heard);
    await writeInPageList(fakeBrowser.storage.local, ['exname']);
    expect(heard).not.toHaveBeenCalled();
    await writeInPageList(fakeBrowser.storage.local, ['exname', 'other']);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('replaces a corrupted value', async () => {
    await fakeBrowser.storage.local.set({ [IN_PAGE_LIST_KEY]: 'garbage' });
    expect(await readInPageList(fakeBrowser.storage.local)).toBeUndefined();
    await writeInPageList(fakeBrowser.storage.local, []);
    expect(await readInPageList(fakeBrowser.storage.local)).toEqual([]);
  });
});
