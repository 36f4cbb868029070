import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../match';
import type { Target } from '../target';
import { nameTargetsOf } from './names';

const kai: Target = { kind: 'name', name: 'kai morgan' };
const handle: Target = { kind: 'name', name: 'kaimorgan92' };
const matcher = createMatcher([
  { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
  ...nameTargetsOf(['Kai Morgan'], [{ kind: 'profile', platform: 'x', handle: 'kaimorgan92' }]),
]);

const q = (query: string) => encodeURIComponent(query);
const form = (query: string) => new URLSearchParams({ q: query }).toString();

describe('a search for him', () => {
  it.each([
    // Her name as typed in every way the issue lists, on Google.
    `https://www.google.com/search?${form('Kai Morgan')}`,
    `https://www.google.com/search?${form('KAI  MORGAN')}`,
    `https://www.google.com/search?${form('kái morgan')}`,
    `https://www.google.com/search?${form('"Kai Morgan" instagram')}`,
    `https://www.google.com/search?${form('kai.morgan')}`,
    `https://www.google.com/search?${form('@kai.morgan')}`,
    `https://www.google.com/search?${form('kai morgan’s new girlfriend')}`,
    'https://www.google.com/search?q=ka%CC%81i+morgan',
    'https://www.google.com/search?q=K%C3%81I+MORGAN',
    'https://www.google.com/search?q=kai%20morgan&tbm=isch',
    'https://www.google.com/search?sca_esv=1&q=kai+morgan&udm=2',
    'https://www.google.co.uk/search?q=kai+morgan&tbm=nws',
    'https://www.google.com.br/search?q=kai+morgan&tbm=vid',
    'https://google.de/search?q=Kai+Morgan',
    // The other engines.
    'https://www.bing.com/search?q=kai+morgan&form=QBLH',
    'https://www.bing.com/images/search?q=kai+morgan',
    'https://duckduckgo.com/?q=kai+morgan&ia=web',
    'https://html.duckduckgo.com/html/?q=kai+morgan',
    'https://lite.duckduckgo.com/lite/?q=kai+morgan',
    'https://search.yahoo.com/search?p=kai+morgan&fr=yfp-t',
    'https://uk.search.yahoo.com/search;_ylt=AwrE?p=kai+morgan',
    'https://images.search.yahoo.com/search/images?p=kai+morgan',
    'https://search.brave.com/search?q=kai+morgan&source=web',
    'https://search.brave.com/images?q=kai+morgan',
    'https://www.ecosia.org/search?method=index&q=kai%20morgan',
    'https://www.startpage.com/do/search?q=kai+morgan',
    'https://www.startpage.com/sp/search?query=kai+morgan',
    'https://yandex.com/search/?text=kai+morgan',
    'https://yandex.ru/images/search?text=kai+morgan',
    'https://ya.ru/search/?text=kai%20morgan',
    // Each platform's own search.
    `https://www.instagram.com/explore/search/keyword/?q=${q('kai morgan')}`,
    `https://x.com/search?q=${q('kai morgan')}&src=typed_query`,
    `https://twitter.com/search?q=${q('"kai morgan"')}&f=live`,
    'https://www.facebook.com/search/top/?q=kai%20morgan',
    'https://www.facebook.com/search/people/?q=kai%20morgan',
    'https://www.tiktok.com/search?q=kai%20morgan',
    'https://www.tiktok.com/search/user?q=kai%20morgan',
    'https://www.youtube.com/results?search_query=kai+morgan',
    'https://m.youtube.com/results?search_query=kai+morgan',
    'https://www.linkedin.com/search/results/people/?keywords=kai%20morgan',
    'https://www.reddit.com/search/?q=kai+morgan',
    'https://www.reddit.com/r/london/search/?q=kai+morgan&restrict_sr=1',
    'https://www.threads.com/search?q=kai%20morgan&serp_type=default',
    'https://www.pinterest.com/search/pins/?q=kai%20morgan&rs=typed',
    'https://www.pinterest.co.uk/search/users/?q=kai%20morgan',
    'https://bsky.app/search?q=kai+morgan',
    // His handle that reads as a name, with or without @.
    'https://www.google.com/search?q=kaimorgan92',
    'https://x.com/search?q=%40kaimorgan92',
  ])('%s', (url) => {
    expect(matcher.hit(url)?.moment).toBe('search');
  });

  it('names the name that caught it', () => {
    expect(matcher.hit('https://www.bing.com/search?q=kai+morgan')).toEqual({
      target: kai,
      moment: 'search',
    });
    expect(matcher.hit('https://x.com/search?q=kaimorgan92')).toEqual({ target: handle, moment: 'search' });
    expect(matcher.searchFor('what is KAI MORGAN doing')).toEqual(kai);
  });
});

describe('a search sent as a form', () => {
  it.each([
    ['https://html.duckduckgo.com/html/', { q: ['kai morgan'], b: [''] }, 'search'],
    ['https://lite.duckduckgo.com/lite/', { q: ['KAI MORGAN'] }, 'search'],
    ['https://www.startpage.com/sp/search', { query: ['kai morgan'] }, 'search'],
    ['https://html.duckduckgo.com/html/', { q: ['weather'] }, undefined],
    ['https://html.duckduckgo.com/html/', { kl: ['kai morgan'] }, undefined],
    ['https://example.org/html/', { q: ['kai morgan'] }, undefined],
  ] as const)('%s %j', (url, form, moment) => {
    expect(matcher.hitPosted(url, form)?.moment).toBe(moment);
  });
});

describe('not a search for him', () => {
  it.each([
    // The issue's own examples.
    'https://www.google.com/search?q=kai+morgans',
    'https://www.google.com/search?q=morgan+freeman',
    'https://www.google.com/search?q=kai',
    'https://www.google.com/search?q=weather',
    // People who share his first or last name.
    'https://www.google.com/search?q=kai+havertz',
    'https://www.google.com/search?q=kai+cenat',
    'https://www.google.com/search?q=piers+morgan',
    'https://www.google.com/search?q=morgan+kai',
    'https://www.google.com/search?q=kai+m+morgan',
    'https://www.bing.com/search?q=kai+alexander+morgan',
    // His name inside longer words.
    'https://www.google.com/search?q=makai+morgana',
    'https://www.google.com/search?q=kaimorgan',
    'https://www.google.com/search?q=kai+morganite',
    'https://www.google.com/search?q=kai+morgan%C3%A1',
    'https://www.google.com/search?q=kaimorgan9',
    // Unrelated searches in the five languages, and others.
    'https://www.google.es/search?q=el+tiempo+en+madrid',
    'https://www.google.fr/search?q=m%C3%A9t%C3%A9o+paris+demain',
    'https://www.google.de/search?q=wetter+morgen+k%C3%B6ln',
    'https://www.google.com.br/search?q=previs%C3%A3o+do+tempo',
    'https://yandex.ru/search/?text=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0',
    'https://www.google.co.jp/search?q=%E5%A4%A9%E6%B0%97',
    // His name elsewhere than in a search: another parameter, the path, a page that is not a results page.
    'https://www.google.com/search?q=weather&client=kai+morgan',
    'https://www.google.com/url?q=https://example.org/kai-morgan',
    'https://www.google.com/kai+morgan',
    'https://x.com/intent/tweet?text=kai+morgan',
    'https://www.instagram.com/explore/tags/kaimorgan/',
    'https://example.org/search?q=kai+morgan',
    'https://www.google.com.evil.example/search?q=kai+morgan',
    'https://notgoogle.com/search?q=kai+morgan',
  ])('%s', (url) => {
    expect(matcher.hit(url)).toBeUndefined();
  });

  it('still reads profiles as profiles', () => {
    expect(matcher.hit('https://www.instagram.com/kai.morgan/')?.moment).toBe('profile');
  });
});

describe('random searches', () => {
  // Words that are never "kai" followed by "morgan" nor "kaimorgan92", in any case or accent.
  const word = fc
    .stringMatching(/^[a-zà-ÿ0-9]{1,10}$/)
    .filter((w) => !['kai', 'kaí', 'kái', 'kaimorgan92'].includes(w.toLowerCase()));
  const query = fc.array(fc.oneof(word, fc.constantFrom('morgan', 'Kai', 'KAI', 'morgans')), {
    minLength: 1,
    maxLength: 8,
  });
  const engine = fc.constantFrom(
    'https://www.google.com/search?q=',
    'https://duckduckgo.com/?q=',
    'https://x.com/search?q=',
    'https://www.youtube.com/results?search_query=',
  );

  it('never match when his name is not in them', () => {
    fc.assert(
      fc.property(query, fc.constantFrom(' ', '  ', '+', '-', ', '), engine, (words, gap, base) => {
        const text = words.join(gap);
        fc.pre(!/kai[^a-z0-9]+morgan(?![a-z0-9])/i.test(text.normalize('NFD').replace(/\p{M}/gu, '')));
        expect(matcher.hit(base + encodeURIComponent(text))).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('always match when it is, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 4 }),
        fc.array(word, { maxLength: 4 }),
        engine,
        (before, after, base) => {
          const text = [...before, 'Kai', 'Morgan', ...after].join(' ');
          expect(matcher.hit(base + encodeURIComponent(text))?.moment).toBe('search');
        },
      ),
      { numRuns: 500 },
    );
  });
});
