import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedProfileOf } from '@/src/storage/feed-list';
import {
  type FeedFolder,
  FOLDED_ATTR,
  type FoldItem,
  forEachAdded,
  LINE_ATTR,
  startFeedFolding,
} from './feed-fold';
import { linkTest } from './link-test';

const HIM = linkTest([feedProfileOf('x', 'kaimorgan')]);
const NO_ONE = linkTest([]);
const PLATFORM: FoldItem[] = [
  { selector: '[data-testid="cellInnerDiv"]', line: true },
  { selector: '[data-testid="UserCell"]', line: false },
];
const GENERIC: FoldItem[] = [
  { selector: 'article, [role="article"]', line: true },
  { selector: 'li', line: false },
];

let folder: FeedFolder | undefined;
let folded: number[];

function start(html: string, test = HIM, parsing = () => false): void {
  document.body.innerHTML = html;
  folded = [];
  folder = startFeedFolding(document, {
    platformItems: PLATFORM,
    genericItems: GENERIC,
    test,
    line: 'Hidden: someone on your list',
    onFolded: (n) => folded.push(n),
    parsing,
  });
}

const state = (id: string) => document.getElementById(id)?.getAttribute(FOLDED_ATTR) ?? 'shown';
/** MutationObserver callbacks run as microtasks. */
const mutationsDelivered = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => {
  // Relative links resolve against the platform's page, as they do there.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
});
afterEach(() => {
  folder?.stop();
  folder = undefined;
  vi.useRealTimers();
});

describe('startFeedFolding', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'his post, with a line; a look-alike’s stays',
      `<main role="feed"><div data-testid="cellInnerDiv" id="his"><a href="/kaimorgan">Kai</a></div>
       <div data-testid="cellInnerDiv" id="alike"><a href="/kaimorgan_art">Not him</a></div></main>`,
      { his: 'line', alike: 'shown' },
    ],
    [
      'his card goes without a line',
      `<main><div data-testid="UserCell" id="card"><a href="https://x.com/KaiMorgan">Follow</a></div></main>`,
      { card: '' },
    ],
    [
      'the innermost item: his reply folds, the post it answers stays',
      `<div data-testid="cellInnerDiv" id="post"><a href="/friend">Friend</a>
         <div data-testid="cellInnerDiv" id="reply"><a href="/kaimorgan">Kai</a></div></div>`,
      { post: 'shown', reply: 'line' },
    ],
    [
      'a post that mentions him folds whole',
      `<div data-testid="cellInnerDiv" id="post"><a href="/friend">Friend</a> with <a href="/kaimorgan">@kaimorgan</a></div>`,
      { post: 'line' },
    ],
    [
      'the generic article when the platform’s markup is not there',
      `<article id="a"><a href="/kaimorgan/status/1">Kai</a></article><ul><li id="li"><a href="/kaimorgan">Kai</a></li></ul>`,
      { a: 'line', li: '' },
    ],
    [
      'nothing without a container (fail open)',
      `<div id="loose"><a href="/kaimorgan">Kai</a></div>`,
      { loose: 'shown' },
    ],
    [
      'never a whole feed',
      `<article id="whole"><main role="feed"><div id="x"><a href="/kaimorgan">Kai</a></div></main></article>`,
      { whole: 'shown' },
    ],
    [
      'a link that only names him in its words',
      `<div data-testid="cellInnerDiv" id="tag"><a href="/hashtag/kaimorgan">#kaimorgan</a></div>`,
      { tag: 'shown' },
    ],
  ])('%s', (_, html, expected) => {
    start(html);
    for (const [id, value] of Object.entries(expected)) expect([id, state(id)]).toEqual([id, value]);
  });

  it('writes the quiet line where it leaves one', () => {
    start(`<div data-testid="cellInnerDiv" id="his"><a href="/kaimorgan">Kai</a></div>`);
    expect(document.getElementById('his')?.getAttribute(LINE_ATTR)).toBe('Hidden: someone on your list');
  });

  it('folds what the site inserts later, in the same turn (before a frame)', async () => {
    start('<main id="feed"></main>');
    const feed = document.getElementById('feed') as HTMLElement;
    feed.insertAdjacentHTML(
      'beforeend',
      `<div data-testid="cellInnerDiv" id="new"><a href="/kaimorgan">Kai</a></div>`,
    );
    await mutationsDelivered();
    expect(state('new')).toBe('line');
    // A link whose address is set afterwards.
    feed.insertAdjacentHTML('beforeend', `<div data-testid="cellInnerDiv" id="late"><a id="l">Kai</a></div>`);
    await mutationsDelivered();
    expect(state('late')).toBe('shown');
    document.getElementById('l')?.setAttribute('href', '/kaimorgan');
    await mutationsDelivered();
    expect(state('late')).toBe('line');
  });

  it.each<[string, (feed: HTMLElement) => void]>([
    ['as they came', () => undefined],
    ['his moved to the front since', (feed) => feed.prepend(document.getElementById('p4') as HTMLElement)],
    [
      'his moved into another list since',
      (feed) => document.getElementById('other')?.append(feed.lastElementChild as Element),
    ],
    ['the first one taken out since', () => document.getElementById('p0')?.remove()],
  ])('folds his among many posts a script inserts at once (%s)', async (_, change) => {
    start('<main id="feed"></main><ul id="other"></ul>');
    const feed = document.getElementById('feed') as HTMLElement;
    const posts = ['a', 'b', 'c', 'd', 'kaimorgan'].map(
      (h, i) => `<div data-testid="cellInnerDiv" id="p${i}"><a href="/${h}">${h}</a></div>`,
    );
    feed.insertAdjacentHTML('beforeend', `\n${posts.join('\n')}\n`);
    change(feed);
    await mutationsDelivered();
    expect(state('p4')).toBe('line');
    expect(['p0', 'p1', 'p2', 'p3'].map(state).filter((v) => v !== 'shown')).toEqual([]);
  });

  it('judges a link as written against the page’s address at the time (its verdict is kept per address)', async () => {
    start('<main id="feed"><div data-testid="cellInnerDiv" id="x"><a href="/kaimorgan">Kai</a></div></main>');
    expect(state('x')).toBe('line');
    // The same words on another site's page point elsewhere: his X profile is listed, not an Instagram one.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://www.instagram.com/',
    );
    const feed = document.getElementById('feed') as HTMLElement;
    feed.insertAdjacentHTML(
      'beforeend',
      '<div data-testid="cellInnerDiv" id="ig"><a href="/kaimorgan">Kai</a></div>',
    );
    await mutationsDelivered();
    expect(state('ig')).toBe('shown');
  });

  it('unfolds an item the site reuses for someone else’s post', async () => {
    start(`<div data-testid="cellInnerDiv" id="cell"><a href="/kaimorgan">Kai</a></div>`);
    const cell = document.getElementById('cell') as HTMLElement;
    cell.innerHTML = '<a href="/friend">Friend</a>';
    await mutationsDelivered();
    expect(state('cell')).toBe('shown');
  });

  it('while the parser builds the page, folds each batch of its insertions with one query', async () => {
    start('<main id="feed"></main>', HIM, () => true);
    const feed = document.getElementById('feed') as HTMLElement;
    // The parser inserts an element, then its children, one record each.
    const add = (parent: Element, tag: string, attrs: Record<string, string> = {}) => {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      parent.append(el);
      return el;
    };
    for (const [id, href] of [
      ['his', '/kaimorgan'],
      ['alike', '/kaimorgan_art'],
      ['friend', '/friend'],
    ] as const) {
      const cell = add(feed, 'div', { 'data-testid': 'cellInnerDiv', id });
      add(add(cell, 'p'), 'a', { href });
    }
    const inserted = feed.querySelectorAll('*').length;
    const calls = [vi.spyOn(Element.prototype, 'matches'), vi.spyOn(Element.prototype, 'querySelectorAll')];
    await mutationsDelivered();
    expect({ his: state('his'), alike: state('alike'), friend: state('friend') }).toEqual({
      his: 'line',
      alike: 'shown',
      friend: 'shown',
    });
    // Not one call per inserted element.
    expect(calls.reduce((n, spy) => n + spy.mock.calls.length, 0)).toBeLessThan(inserted);
    for (const spy of calls) spy.mockRestore();
    // A script of the page's, while it loads, takes his post out of the item: it shows again.
    (document.querySelector('#his a') as Element).remove();
    await mutationsDelivered();
    expect(state('his')).toBe('shown');
  });

  it('takes a large batch of changes after load in one query, and unfolds the items reused for others', async () => {
    const cells = (id: string, who: string[]) =>
      who
        .map((h, i) => `<div data-testid="cellInnerDiv" id="${id}${i}"><a href="/${h}">${h}</a></div>`)
        .join('');
    start(`<main id="feed">${cells('c', ['kaimorgan', 'friend'])}</main>`);
    expect([state('c0'), state('c1')]).toEqual(['line', 'shown']);
    const feed = document.getElementById('feed') as HTMLElement;
    // A site drawing its feed anew node by node: his post's cell now holds a look-alike's, a new cell holds his.
    const first = feed.querySelector('#c0 a') as Element;
    first.replaceWith(Object.assign(document.createElement('a'), { href: '/kaimorgan_art' }));
    for (let i = 0; i < 80; i++) feed.append(document.createElement('span'));
    feed.insertAdjacentHTML('beforeend', cells('n', ['friend', 'friend', 'kaimorgan']));
    await mutationsDelivered();
    expect([state('c0'), state('c1'), state('n2')]).toEqual(['shown', 'shown', 'line']);
  });

  it('follows her list: refold with no one unfolds, with him folds again', () => {
    start(`<div data-testid="cellInnerDiv" id="his"><a href="/kaimorgan">Kai</a></div>`);
    folder?.refold(NO_ONE);
    expect(state('his')).toBe('shown');
    folder?.refold(HIM);
    expect(state('his')).toBe('line');
  });

  it('counts each item once, a moment after it folds, even when the site builds it again', async () => {
    vi.useFakeTimers();
    start(`<main id="feed"><div data-testid="cellInnerDiv"><a href="/kaimorgan">Kai</a><a href="/kaimorgan/status/1">·</a></div>
      <div data-testid="cellInnerDiv"><a href="/kaimorgan">Kai</a><a href="/kaimorgan/status/2">·</a></div></main>`);
    expect(folded).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(folded).toEqual([2]);
    // Scrolled away and back: the same post, drawn again.
    const feed = document.getElementById('feed') as HTMLElement;
    feed.insertAdjacentHTML(
      'beforeend',
      `<div data-testid="cellInnerDiv"><a href="/kaimorgan">Kai</a><a href="/kaimorgan/status/1">·</a></div>`,
    );
    await mutationsDelivered();
    vi.advanceTimersByTime(300);
    expect(folded).toEqual([2]);
  });
});

describe('forEachAdded', () => {
  /** The nodes one record added: what the page held between `before` and `after` when it inserted them. */
  const inserted = (html: string) => {
    document.body.innerHTML = '<main id="feed"><p id="before"></p></main><ul id="other"></ul>';
    const feed = document.getElementById('feed') as HTMLElement;
    feed.insertAdjacentHTML('beforeend', html);
    return [...feed.childNodes].slice(1);
  };
  const visited = (added: Node[]) => {
    const ids: string[] = [];
    forEachAdded(added, (el) => ids.push(el.id));
    return ids;
  };
  const POSTS = '\n<div id="a"></div>\n<div id="b"></div>\n<div id="c"></div>\n';

  it.each<[string, string, (added: Node[]) => void, string[]]>([
    ['many, with text between', POSTS, () => undefined, ['a', 'b', 'c']],
    ['one', '<div id="a"></div>', () => undefined, ['a']],
    ['text only', '\n \n', () => undefined, []],
    [
      'the last moved to the front since',
      POSTS,
      () => document.getElementById('feed')?.prepend(document.getElementById('c') as Element),
      // c is where it was moved to: that move is a record of its own.
      ['a', 'b'],
    ],
    [
      'one moved elsewhere since',
      POSTS,
      () => document.getElementById('other')?.append(document.getElementById('b') as Element),
      ['a', 'c'],
    ],
    // Out of the page: nothing to fold.
    ['the first taken out since', POSTS, () => document.getElementById('a')?.remove(), ['b', 'c']],
  ])('visits every element added that is still where it was added: %s', (_, html, change, expected) => {
    const added = inserted(html);
    change(added);
    expect(visited(added).sort()).toEqual(expected);
  });
});

describe('linkTest', () => {
  const test = linkTest([feedProfileOf('facebook', 'kaimorgan77'), feedProfileOf('instagram', 'kai.morgan')]);
  const withSpelling = linkTest([
    feedProfileOf('facebook', 'kaimorgan77', ['kai.morgan.77']),
    feedProfileOf('instagram', 'kai.morgan'),
  ]);
  const selected = (href: string) => {
    const link = document.createElement('a');
    link.setAttribute('href', href);
    return link.matches(withSpelling.selector);
  };

  it('selects, by CSS, every link of his the test below accepts, and few others', () => {
    for (const href of [
      'https://www.facebook.com/kai.morgan.77',
      '/kaimorgan77',
      '/KAI.MORGAN.77?ref=feed',
      'https://www.instagram.com/kai.morgan/',
      '/stories/kai.morgan/',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fkai.morgan%2F',
      '/kai%2Emorgan/',
    ])
      expect([href, selected(href)]).toEqual([href, true]);
    expect(selected('/friend.one/')).toBe(false);
    expect(linkTest([]).selector).not.toBe('');
    expect(document.createElement('a').matches(linkTest([]).selector)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['https://www.facebook.com/kai.morgan.77', true],
    ['https://www.facebook.com/kai.morgan.77.art', false],
    ['https://www.instagram.com/kai.morgan/', true],
    ['https://www.instagram.com/stories/kai.morgan/', true],
    ['https://www.instagram.com/kai.morgan.art/', false],
    // Facebook's link shim around his Instagram.
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fkai.morgan%2F', true],
    ['https://www.instagram.com/friend.one/', false],
  ])('%s → %s', (url, his) => {
    expect(test.mayBe(url) && test.is(url)).toBe(his);
  });

  it('lets through, to the matcher, every spelling of his handle (a superset, never a miss)', () => {
    for (const raw of ['/KAI.MORGAN/', '/kai%2Emorgan/', '/kaimorgan77', '/Kai.Morgan.77?ref=x'])
      expect([raw, test.mayBe(raw)]).toEqual([raw, true]);
    expect(test.mayBe('/friend.one/')).toBe(false);
    expect(NO_ONE.mayBe('/kai.morgan/')).toBe(false);
  });
});
