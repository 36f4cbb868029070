import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_LIST_KEY, feedProfiles, parseFeedList, readFeedList, writeFeedList } from './feed-list';
import type { Person } from './schemas';

const profile = (id: string, platform: string, handle: string, paused = false) => ({
  id,
  target: { kind: 'profile', platform, handle },
  input: handle,
  addedAt: 0,
  paused,
});
const person = (id: string, extra: Partial<Person>, profiles: unknown[]): Person =>
  ({ id, name: id, paused: false, names: [], hideFromFeeds: true, profiles, ...extra }) as Person;

describe('feedProfiles', () => {
  const kai = person('kai', {}, [
    profile('a', 'x', 'kaimorgan'),
    profile('b', 'instagram', 'kai.morgan'),
    profile('c', 'reddit', 'kaimorgan', true),
    {
      id: 'd',
      target: { kind: 'site', host: 'kai.example', path: '/' },
      input: '',
      addedAt: 0,
      paused: false,
    },
  ]);

  it.each<[string, Person[], boolean, string[]]>([
    ['his active profiles, sorted', [kai], true, ['instagram:kai.morgan', 'x:kaimorgan']],
    ['none while folding is off', [kai], false, []],
    ['none of a person shown in her feeds', [{ ...kai, hideFromFeeds: false }], true, []],
    ['none of a paused person', [{ ...kai, paused: true }], true, []],
    [
      'each profile once, whoever lists it',
      [kai, person('again', {}, [profile('e', 'x', 'kaimorgan')])],
      true,
      ['instagram:kai.morgan', 'x:kaimorgan'],
    ],
  ])('%s', (_, people, foldFeeds, expected) => {
    expect(feedProfiles(people, { foldFeeds }).map((p) => `${p.platform}:${p.handle}`)).toEqual(expected);
  });
});

describe('feedProfiles spellings', () => {
  it('keeps the dotted spelling of her link beside the canonical handle, and nothing else of it', () => {
    const people = [
      person('kai', {}, [
        { ...profile('a', 'facebook', 'kaimorgan77'), input: 'https://www.facebook.com/Kai.Morgan.77?ref=x' },
        { ...profile('b', 'x', 'kaimorgan'), input: 'https://x.com/kaimorgan' },
      ]),
    ];
    expect(feedProfiles(people, { foldFeeds: true })).toEqual([
      { platform: 'facebook', handle: 'kaimorgan77', spellings: ['kai.morgan.77'], needle: 'kaimorgan77' },
      { platform: 'x', handle: 'kaimorgan', needle: 'kaimorgan' },
    ]);
  });
});

const HIS = { platform: 'x', handle: 'kaimorgan', needle: 'kaimorgan' } as const;

describe('parseFeedList', () => {
  it.each<[string, unknown, number]>([
    ['what the background writes', { version: 2, profiles: [HIS] }, 1],
    ['an empty list', { version: 2, profiles: [] }, 0],
    ['nothing stored', undefined, 0],
    [
      'an earlier version (no needles)',
      { version: 1, profiles: [{ platform: 'x', handle: 'kaimorgan' }] },
      0,
    ],
    ['a platform it does not know', { version: 2, profiles: [{ ...HIS, platform: 'myspace' }] }, 0],
    ['an empty handle', { version: 2, profiles: [{ ...HIS, handle: '' }] }, 0],
    ['no needle', { version: 2, profiles: [{ platform: 'x', handle: 'kaimorgan' }] }, 0],
    ['a needle that is not text', { version: 2, profiles: [{ ...HIS, needle: 7 }] }, 0],
    ['profiles that are not a list', { version: 2, profiles: 'x:kaimorgan' }, 0],
    ['null entries', { version: 2, profiles: [null] }, 0],
    [
      'spellings that are not text, left out',
      {
        version: 2,
        profiles: [
          { platform: 'facebook', handle: 'kaimorgan77', spellings: [3, ''], needle: 'kaimorgan77' },
        ],
      },
      1,
    ],
  ])('%s', (_, value, count) => {
    expect(parseFeedList(value)).toHaveLength(count);
  });
});

describe('writeFeedList / readFeedList', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the profiles for the feed folder, and writes only when they change', async () => {
    const profiles = [HIS];
    await writeFeedList(fakeBrowser.storage.local, profiles);
    expect(await readFeedList(fakeBrowser.storage.local)).toEqual(profiles);
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await writeFeedList(fakeBrowser.storage.local, [{ ...HIS }]);
    expect(writes).toBe(0);
    await writeFeedList(fakeBrowser.storage.local, []);
    expect(await fakeBrowser.storage.local.get(FEED_LIST_KEY)).toEqual({
      [FEED_LIST_KEY]: { version: 2, profiles: [] },
    });
  });
});
