import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateUrlPattern, couldBeListed, listNeedles, urlWords } from './candidates';
import { corpus } from './fixtures/corpus';
import { facebookIdArbitrary, handleArbitrary, profileVariants, withCase } from './fixtures/profile-variants';
import { createMatcher, parseTarget } from './match';
import { rulesOf } from './recognize';
import { foldedWords } from './search/name-text';
import { PLATFORMS, type Platform, type Target } from './target';

const needlesOf = (targets: readonly Target[]) => new Set(listNeedles(targets));
const sam: Target = { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' };
const exname: Target = { kind: 'profile', platform: 'instagram', handle: 'exname' };

describe('listNeedles', () => {
  it.each<[string, Target, string]>([
    ['a name she searches for: its longest word', { kind: 'name', name: 'kai morgan' }, 'morgan'],
    ['an Instagram handle: its longest label', sam, 'rivers_'],
    ['a Facebook name', { kind: 'profile', platform: 'facebook', handle: 'samrivers77' }, 'samrivers77'],
    [
      'a Facebook id',
      { kind: 'profile', platform: 'facebook', handle: '100012345678901' },
      '100012345678901',
    ],
    [
      'a LinkedIn slug in any script',
      { kind: 'profile', platform: 'linkedin', handle: 'josé-garcía' },
      'josé-garcía',
    ],
    [
      'a handle stored in another case',
      { kind: 'profile', platform: 'x', handle: 'Sam_Rivers' },
      'sam_rivers',
    ],
    [
      'a site page: its last segment',
      { kind: 'site', host: 'samrivers.example.org', path: '/blog/2026' },
      '2026',
    ],
    [
      'a whole site: its first host label',
      { kind: 'site', host: 'samrivers.example.org', path: '/' },
      'samrivers',
    ],
  ])('%s', (_, target, needle) => {
    expect(listNeedles([target])).toEqual([needle]);
  });

  it('keeps one needle per word, sorted', () => {
    expect(listNeedles([exname, sam, { ...exname, handle: 'ExName' }])).toEqual(['exname', 'rivers_']);
  });

  it('asks about every URL for a handle with no word in it', () => {
    const dots: Target = { kind: 'profile', platform: 'instagram', handle: '..' };
    expect(listNeedles([dots, exname])).toEqual(['*', 'exname']);
    expect(couldBeListed('https://www.instagram.com/explore/', new Set(listNeedles([dots])))).toBe(true);
  });

  it('gives nothing for an empty list', () => {
    expect(listNeedles([])).toEqual([]);
  });
});

describe('couldBeListed', () => {
  const needles = needlesOf([sam, exname]);

  it.each([
    'https://www.instagram.com/sam.rivers_/',
    'https://www.instagram.com/SAM.RIVERS_/reels/',
    'https://www.instagram.com/sam.river%73_/',
    'https://www.instagram.com/%2573am.rivers_/',
    'https://l.instagram.com/?u=https%3A%2F%2Fwww.instagram.com%2Fexname%2F',
    'https://www.instagram.com/stories/exname/3141592653589793238/',
    'https://www.instagram.com/@exname',
    // Filters, not verdicts: his handle as a word of another page is a candidate too.
    'https://www.instagram.com/explore/tags/exname/',
    'https://www.instagram.com/ex.name/',
  ])('takes %s as a candidate', (url) => {
    expect(couldBeListed(url, needles)).toBe(true);
  });

  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/exnamesake/',
    'https://www.instagram.com/sam.rivers/',
    'https://www.instagram.com/p/C1a2B3c4D5e/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/%zz/',
    'not a url at all',
  ])('lets %s through without asking', (url) => {
    expect(couldBeListed(url, needles)).toBe(false);
  });

  it.each([
    'https://x.com/search?q=kai%20morgan&src=typed_query',
    'https://www.instagram.com/explore/search/keyword/?q=K%C3%81I+MORGAN',
    'https://www.facebook.com/search/top/?q=ka%CC%81i%20mo%CC%81rgan',
    'https://www.tiktok.com/search?q=%22Kai%20Morgan%22',
  ])('takes a search for a name on her list as a candidate: %s', (url) => {
    expect(couldBeListed(url, needlesOf([{ kind: 'name', name: 'kai morgan' }]))).toBe(true);
  });

  it('takes nothing for an empty list', () => {
    expect(couldBeListed('https://www.instagram.com/exname/', new Set())).toBe(false);
  });

  it('reads the labels of a host (profiles that live in a subdomain)', () => {
    expect(urlWords('https://sam.tumblr.com/post/1')).toEqual(
      new Set(['https', 'samtumblrcom', 'sam', 'tumblr', 'com', 'post', '1']),
    );
  });
});

/** `url` as the browser hands it to a webNavigation filter: canonical, without its fragment. */
function asFiltered(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Whether the candidate pattern of `needles` takes `url`, as a webNavigation filter would. */
function patternTakes(needles: readonly string[], url: string): boolean {
  const pattern = candidateUrlPattern(needles);
  return pattern === undefined || new RegExp(pattern).test(asFiltered(url));
}

/**
 * Every URL the matcher takes for `target` must be a candidate for its needles, and for their pattern (the
 * pattern cannot see a fragment: no platform a navigation filter watches reads a profile from one).
 */
function expectSound(target: Target, urls: readonly string[]): void {
  const matcher = createMatcher([target]);
  const needles = needlesOf([target]);
  for (const url of urls) {
    if (!matcher.match(url)) continue;
    expect(couldBeListed(url, needles), url).toBe(true);
    expect(patternTakes([...needles], url), url).toBe(true);
  }
}

describe('candidateUrlPattern', () => {
  const needles = listNeedles([sam, exname, { kind: 'profile', platform: 'strava', handle: '90210' }]);

  it.each([
    'https://www.instagram.com/exname/',
    'https://www.instagram.com/EXNAME',
    'https://www.instagram.com/e.x.name/?hl=en',
    'https://www.instagram.com/sam.rivers_/reels/',
    'https://www.instagram.com/stories/exname/3141592653589793238/',
    'https://www.instagram.com/explore/tags/exname/',
    'https://www.instagram.com/exname.sake/',
    'https://www.instagram.com/exname_sake/',
    'https://www.strava.com/athletes/0090210',
    'https://exname.tumblr.com/post/1',
    // Escapes and non-ASCII characters: always taken, whatever they spell.
    'https://www.instagram.com/ex%6Eame/',
    'https://www.instagram.com/explore/?next=%2F',
    'https://www.instagram.com/jos\u00e9/',
  ])('takes %s', (url) => {
    expect(patternTakes(needles, url)).toBe(true);
  });

  it.each([
    'https://www.instagram.com/exnamesake/',
    'https://www.instagram.com/exname0/',
    'https://www.instagram.com/',
    'https://www.instagram.com/feed?posts=300&r=12',
    'https://www.instagram.com/rivers/',
    // The fragment is not part of what the filter sees.
    'https://www.instagram.com/explore/#exname',
  ])('leaves %s', (url) => {
    expect(patternTakes(needles, url)).toBe(false);
  });

  it('takes every URL for a handle with no word in it, and only escapes for a list of no ASCII word', () => {
    expect(candidateUrlPattern(['*', 'exname'])).toBeUndefined();
    expect(patternTakes(listNeedles([{ kind: 'name', name: 'σοφία' }]), 'https://x.com/search?q=sofia')).toBe(
      false,
    );
    expect(patternTakes(['σοφια'], 'https://x.com/search?q=%CF%83%CE%BF%CF%86%CE%B9%CE%B1')).toBe(true);
  });

  it('is RE2 as much as JavaScript: no flags, no look-around, no back-references', () => {
    const pattern = candidateUrlPattern(needles) as string;
    expect(pattern).not.toMatch(/\(\?[=!<]|\\[1-9]|\(\?[a-z]/);
  });

  it('takes every URL couldBeListed takes (random ASCII, dots, escapes and case around a needle)', () => {
    const chunk = fc.constantFrom(
      'ex',
      'name',
      'EX',
      'Na',
      '.',
      '%6E',
      '%25',
      '/',
      '?q=',
      '0',
      '_',
      '-',
      'sake',
      '90210',
      '%C3%A9',
      'é',
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 10 }), (parts) => {
        const url = `https://www.instagram.com/${parts.join('')}`;
        if (couldBeListed(url, new Set(needles))) expect(patternTakes(needles, url), url).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('never misses a URL the matcher blocks', () => {
  it.each(corpus.cases.map((c) => [c.target, c] as const))('corpus: %s', (_, c) => {
    const parsed = parseTarget(c.target);
    if (!parsed.ok) throw new Error(c.target);
    const blocked = c.block.filter((url) => createMatcher([parsed.target]).match(url));
    expect(blocked).toEqual(c.block);
    expectSound(parsed.target, [...c.block, ...c.allow]);
  });

  it('his number and his address: every chat and compose link the matcher takes', () => {
    const phone = parseTarget('+34 600 000 000');
    const email = parseTarget('kai.morgan@example.com');
    if (!phone.ok || !email.ok) throw new Error('contact targets');
    expectSound(phone.target, [
      'https://wa.me/34600000000',
      'https://api.whatsapp.com/send?phone=34600000000&text=hi',
      'https://web.whatsapp.com/send?phone=%2B34600000000',
      'https://t.me/+34600000000',
    ]);
    expectSound(email.target, [
      'https://mail.google.com/mail/?view=cm&to=kai.morgan@example.com',
      'https://outlook.live.com/mail/0/deeplink/compose?to=kai.morgan%40example.com',
    ]);
    // Each link above is one the matcher takes: the check is not vacuous.
    expect(createMatcher([phone.target]).match('https://wa.me/34600000000')).toBeTruthy();
    expect(
      createMatcher([email.target]).match('https://mail.google.com/mail/?view=cm&to=kai.morgan@example.com'),
    ).toBeTruthy();
  });

  it('names: every search the matcher takes for one of her names', () => {
    const letters = [...'abcdeéfghiíjklmnñoópqrstuúvwxyzß'];
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 9 });
    const upper = (s: string, flags: readonly boolean[]) =>
      [...s].map((c, i) => (flags[i % flags.length] ? c.toUpperCase() : c)).join('');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '+', '.', '  ', '"'),
        (words, flags, between) => {
          const target: Target = { kind: 'name', name: foldedWords(words.join(' ')).join(' ') };
          const query = upper(words.join(between), flags);
          const bing = (text: string) => `https://www.bing.com/search?q=${encodeURIComponent(text)}`;
          const urls = [query, query.normalize('NFD')].flatMap((text) => [
            `https://x.com/search?q=${encodeURIComponent(text)}&src=typed_query`,
            `https://www.google.com/search?${new URLSearchParams({ q: text })}`,
            `https://www.youtube.com/results?search_query=${encodeURIComponent(text)}`,
            `https://l.facebook.com/l.php?u=${encodeURIComponent(bing(text))}`,
          ]);
          const matcher = createMatcher([target]);
          // Not vacuous: the matcher takes these for the name (a lone everyday word it may not).
          fc.pre(urls.some((url) => matcher.match(url)));
          expectSound(target, urls);
        },
      ),
      { numRuns: 100 },
    );
  });

  /** A URL with some characters percent-encoded, once or twice, as a link might carry it. */
  const escaped = (url: string, picks: readonly boolean[], twice: boolean) =>
    [...url]
      .map((ch, i) => {
        if (!picks[i % picks.length] || !/[\p{L}\p{N}._-]/u.test(ch)) return ch;
        const once =
          encodeURIComponent(ch) === ch ? `%${ch.charCodeAt(0).toString(16)}` : encodeURIComponent(ch);
        return twice ? once.replace(/%/g, '%25') : once;
      })
      .join('');

  const wrapped = (url: string) => [
    url,
    `https://l.facebook.com/l.php?u=${encodeURIComponent(url)}&h=AT0`,
    `https://l.instagram.com/?u=${encodeURIComponent(url)}`,
  ];

  it.each(PLATFORMS.map((p) => [p]))('%s: random handles, spellings, escapes and link shims', (platform) => {
    const written: fc.Arbitrary<string> =
      platform === 'facebook'
        ? fc.oneof(handleArbitrary(platform), facebookIdArbitrary)
        : handleArbitrary(platform as Platform);
    fc.assert(
      fc.property(
        written,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (raw, upper, picks, twice) => {
          const handle = rulesOf(platform).canonicalHandle(raw);
          fc.pre(handle !== undefined);
          const target: Target = { kind: 'profile', platform, handle: handle as string };
          const urls = profileVariants(platform, withCase(raw, upper)).flatMap(({ url }) => [
            ...wrapped(url),
            ...wrapped(escaped(url, picks, twice)),
          ]);
          expectSound(target, urls);
        },
      ),
      { numRuns: 40 },
    );
  });
});
