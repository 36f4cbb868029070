// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
// jsdom, not happy-dom: the query for a run of inserted siblings is XPath, which happy-dom does not have.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedProfileOf } from '@/src/storage/feed-list';
import { type FeedFolder, FOLDED_ATTR, type LinkTest, startFeedFolding } from './feed-fold';
import { linkTest } from './link-test';

const HIM = linkTest([feedProfileOf('x', 'kaimorgan')]);

let folder: FeedFolder | undefined;
afterEach(() => {
  folder?.stop();
  folder = undefined;
  vi.restoreAllMocks();
});

function start(html: string, queryRuns = true): HTMLElement {
  document.body.innerHTML = html;
  folder = startFeedFolding(document, {
    platformItems: [{ selector: '[data-testid="cellInnerDiv"]', line: true }],
    genericItems: [{ selector: 'article, [role="article"]', line: true }],
    test: HIM,
    line: 'Hidden: someone on your list',
    onFolded: () => undefined,
    parsing: () => false,
    queryRuns,
  });
  return document.getElementById('feed') as HTMLElement;
}

const state = (id: string) => document.getElementById(id)?.getAttribute(FOLDED_ATTR) ?? 'shown';
const mutationsDelivered = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const cell = (id: string, href: string, link = `<a href="${href}">·</a>`) =>
  `<div data-testid="cellInnerDiv" id="${id}"><p>${link}</p></div>`;

/** Posts p0…p(n-1) by friends, his at `hisAt`, a look-alike's at `alikeAt`. */
function posts(prefix: string, n: number, hisAt: number, alikeAt: number): string {
  return Array.from({ length: n }, (_, i) =>
    cell(`${prefix}${i}`, i === hisAt ? '/KaiMorgan' : i === alikeAt ? '/kaimorgan_art' : `/friend${i}`),
  ).join('\n');
}

const shownOf = (prefix: string, n: number, except: number) =>
  Array.from({ length: n }, (_, i) => i)
    .filter((i) => i !== except && state(`${prefix}${i}`) !== 'shown')
    .map((i) => `${prefix}${i}`);

describe('a run of posts a script inserts, in one query', () => {
  it.each<[string, InsertPosition]>([
    ['at the end (her feed growing as she scrolls)', 'beforeend'],
    ['at the start (new posts on top)', 'afterbegin'],
  ])('%s: his folds, a look-alike’s and friends’ stay', async (_, where) => {
    const feed = start(`<main id="feed">${cell('old', '/friend')}</main>`);
    feed.insertAdjacentHTML(where, `\n${posts('p', 40, 17, 18)}\n`);
    await mutationsDelivered();
    expect(state('p17')).toBe('line');
    expect(shownOf('p', 40, 17)).toEqual([]);
    expect(state('old')).toBe('shown');
  });

  it.each<[string, (feed: HTMLElement) => void]>([
    ['his moved to the front since', (feed) => feed.prepend(document.getElementById('p7') as HTMLElement)],
    [
      'his moved into another list since',
      (feed) => document.getElementById('other')?.append(feed.lastElementChild as Element),
    ],
    ['the first one taken out since', () => document.getElementById('p0')?.remove()],
  ])('folds his in a run the page changed before the folder looked (%s)', async (_, change) => {
    const feed = start(`<main id="feed">${cell('old', '/friend')}</main><ul id="other"></ul>`);
    feed.insertAdjacentHTML('beforeend', `\n${posts('p', 8, 7, 6)}\n`);
    change(feed);
    await mutationsDelivered();
    expect(state('p7')).toBe('line');
    expect(shownOf('p', 8, 7)).toEqual([]);
  });

  it('between posts already there, each is looked at: his folds all the same', async () => {
    const feed = start(`<main id="feed">${cell('a', '/friend')}${cell('z', '/friend')}</main>`);
    (feed.firstElementChild as Element).insertAdjacentHTML('afterend', posts('p', 10, 3, 4));
    await mutationsDelivered();
    expect(state('p3')).toBe('line');
    expect(shownOf('p', 10, 3)).toEqual([]);
  });

  it('reaches every spelling of his link the selector does: escaped, in capitals, an SVG link', async () => {
    const feed = start('<main id="feed"></main>');
    feed.insertAdjacentHTML(
      'beforeend',
      [
        cell('escaped', '/kai%6Dorgan'),
        cell('capitals', 'https://X.COM/KAIMORGAN/status/1'),
        cell('svg', '', '<svg><a href="/kaimorgan"><text>Kai</text></a></svg>'),
        cell('friend', '/friend'),
      ].join(''),
    );
    await mutationsDelivered();
    expect(['escaped', 'capitals', 'svg', 'friend'].map(state)).toEqual(['line', 'line', 'line', 'shown']);
  });

  it('costs no call per inserted post', async () => {
    const feed = start('<main id="feed"></main>');
    const calls = [
      vi.spyOn(Element.prototype, 'matches'),
      vi.spyOn(Element.prototype, 'querySelectorAll'),
      vi.spyOn(Element.prototype, 'closest'),
    ];
    feed.insertAdjacentHTML('beforeend', posts('p', 100, 50, 51));
    await mutationsDelivered();
    expect(state('p50')).toBe('line');
    // His post's and the look-alike's links are looked at; the others are not.
    expect(calls.reduce((n, spy) => n + spy.mock.calls.length, 0)).toBeLessThan(20);
  });

  it('looks at each post where the option is off', async () => {
    const feed = start('<main id="feed"></main>', false);
    const scans = vi.spyOn(Element.prototype, 'querySelectorAll');
    feed.insertAdjacentHTML('beforeend', posts('p', 30, 5, 6));
    await mutationsDelivered();
    expect(state('p5')).toBe('line');
    expect(scans.mock.calls.length).toBeGreaterThanOrEqual(30);
  });
});

describe('linkTest: its XPath picks the links its selector picks', () => {
  const hrefs = [
    '/kaimorgan',
    '/KAIMORGAN/',
    '/kai.morgan/',
    '/kai.morgan.77',
    '/KAI.MORGAN.77?ref=feed',
    '/kaimorgan77',
    '/stories/kai.morgan/',
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fkai.morgan%2F',
    '/kai%2Emorgan/',
    '/friend.one/',
    '/kaimorgan_art',
    '/ΚΑΙ/',
    '#',
    '',
  ];
  it.each<[string, LinkTest]>([
    ['one X profile', HIM],
    [
      'Facebook with a spelling, and Instagram',
      linkTest([
        feedProfileOf('facebook', 'kaimorgan77', ['kai.morgan.77']),
        feedProfileOf('instagram', 'kai.morgan'),
      ]),
    ],
    ['a handle beyond ASCII (every link)', linkTest([feedProfileOf('instagram', 'καιμοργκαν')])],
    ['no one', linkTest([])],
  ])('%s', (_, test) => {
    document.body.innerHTML = `${hrefs.map((h) => `<a href="${h}">·</a>`).join('')}<a>no address</a>`;
    const bySelector = [...document.querySelectorAll(test.selector)];
    const found = document.evaluate(`//a[${test.xpath}]`, document, null, 7, null);
    const byXPath = Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i));
    expect(byXPath.map((a) => (a as Element).getAttribute('href'))).toEqual(
      bySelector.map((a) => a.getAttribute('href')),
    );
  });
});
