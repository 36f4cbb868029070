// The in-page guard decides a page with the needles of core/candidates.ts before it asks the background. For his
// names that is a promise about searches: any results page the matcher takes for one of his names, on an engine
// or in a site's own search, however the query is written in the URL, has one of the name's needles among its
// words; and pages that are not a search for him are decided without asking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldBeListed, listNeedles } from '../candidates';
import { createMatcher } from '../match';
import { PLATFORM_RULES } from '../platforms';
import { PLATFORMS, type Target } from '../target';
import { SEARCH_ENGINES } from './engines';
import { checkName, nameTargetsOf } from './names';

/** One results page per engine and per platform's own search, as `q` would be written into it. */
const SEARCH_PAGES: readonly ((q: string) => string)[] = [
  ...SEARCH_ENGINES.flatMap((engine) =>
    engine.forms.flatMap((form) =>
      form.params.map((param) => {
        const host = engine.domains[engine.domains.length - 1] as string;
        return (q: string) => `https://www.${host}/search?${param}=${q}&hl=en`;
      }),
    ),
  ),
  (q) => `https://html.duckduckgo.com/html/?q=${q}`,
  (q) => `https://x.com/search?q=${q}&src=typed_query`,
  (q) => `https://www.instagram.com/explore/search/keyword/?q=${q}`,
  (q) => `https://www.facebook.com/search/top/?q=${q}`,
  ...PLATFORMS.flatMap((platform) =>
    (PLATFORM_RULES[platform].search ?? []).flatMap((form) =>
      form.params.map(
        (param) => (q: string) =>
          `https://www.${PLATFORM_RULES[platform].domains[0]}/${form.path === 'any' ? 'results' : 'search'}?${param}=${q}`,
      ),
    ),
  ),
];

/** The ways a query reaches the URL: as a form sends it, as a script encodes it, as the URL parser writes it. */
const ENCODINGS: readonly ((text: string) => string)[] = [
  (text) => encodeURIComponent(text),
  (text) => new URLSearchParams({ q: text }).toString().slice(2),
  (text) => encodeURIComponent(text).replace(/%20/g, '+'),
  (text) => new URL(`https://a.example/?${text}`).search.slice(1),
  // Lower-case escapes.
  (text) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
];

const needlesOf = (targets: readonly Target[]) => new Set(listNeedles(targets));

/** Every page, in every encoding, that the matcher takes as a search for one of `targets`. */
function searchesFor(targets: readonly Target[], queries: readonly string[]): string[] {
  const matcher = createMatcher(targets);
  return queries.flatMap((query) =>
    [query, query.normalize('NFD')].flatMap((text) =>
      ENCODINGS.flatMap((encode) =>
        SEARCH_PAGES.map((page) => page(encode(text))).filter((url) => matcher.hit(url)?.moment === 'search'),
      ),
    ),
  );
}

const name = (typed: string): Target => {
  const checked = checkName(typed);
  if (!checked.ok) throw new Error(typed);
  return checked.target;
};

describe('the needles of his names', () => {
  it.each([
    [
      'Kai Morgan',
      ['kai morgan', 'KAI  MORGAN', 'kái morgan', '"Kai Morgan" instagram', 'kai-morgan', 'kai.morgan'],
    ],
    ['José Muñoz', ['jose munoz', 'JOSÉ MUÑOZ', 'José  Muñoz fotos', 'jose, munoz']],
    ['Łukasz Bø', ['lukasz bo', 'ŁUKASZ BØ', 'Łukasz Bø zdjęcia']],
    ['Zoë Straße-O’Brien', ['zoe strasse o brien', 'ZOË STRASSE O’BRIEN', "zoe strasse o'brien"]],
    ['Ægir', ['aegir', 'ÆGIR', 'Ægir photos']],
    ['Αλέξης Παππάς', ['αλεξης παππας', 'ΑΛΈΞΗΣ ΠΑΠΠΆΣ']],
    ['Кай Морган', ['кай морган', 'КАЙ МОРГАН']],
  ])('%s: every spelling of a search for him is a candidate', (typed, queries) => {
    const target = name(typed);
    const urls = searchesFor([target], queries);
    // Each query on each page, in each encoding: none of them goes unread by the matcher.
    expect(urls.length).toBe(queries.length * 2 * ENCODINGS.length * SEARCH_PAGES.length);
    const needles = needlesOf([target]);
    for (const url of urls) expect(couldBeListed(url, needles), url).toBe(true);
  });

  it('his handles that read as names: with or without @, dotted as written', () => {
    const targets = nameTargetsOf(
      [],
      [
        { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
        { kind: 'profile', platform: 'x', handle: 'KaiMorgan92' },
      ],
    );
    const urls = searchesFor(targets, [
      '@kai.morgan',
      'kai.morgan',
      'Kai Morgan',
      '@KaiMorgan92',
      'kaimorgan92',
    ]);
    expect(urls.length).toBe(5 * 2 * ENCODINGS.length * SEARCH_PAGES.length);
    const needles = needlesOf(targets);
    for (const url of urls) expect(couldBeListed(url, needles), url).toBe(true);
  });

  it('random names, case, accents, separators and encodings', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzáéíñóöúüçßæøłđþıåğș'];
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 9 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '  ', '+', '.', '-', '_', ', ', '·', '/', ' & '),
        fc.constantFrom('', '"', '@', 'photos '),
        (words, upper, between, before) => {
          const checked = checkName(words.join(' '));
          fc.pre(checked.ok);
          const target = (checked as { target: Target }).target;
          const spelled = [...words.join(between)]
            .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c))
            .join('');
          const urls = searchesFor([target], [before + spelled]);
          // Not vacuous: the matcher reads this search as his on most pages.
          expect(urls.length).toBeGreaterThan(0);
          const needles = needlesOf([target]);
          for (const url of urls) expect(couldBeListed(url, needles), url).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('pages that are not a search for him cost one look-up per word', () => {
  const ten = [
    'Kai Morgan',
    'Kai',
    'KM',
    'Kaito Morgensen',
    'José Muñoz',
    'Sam Rivers',
    'Alex Doe',
    'Jordan Lee',
    'Robin Hart',
    'Casey Quinn',
  ].flatMap((typed) => {
    const checked = checkName(typed);
    return checked.ok ? [checked.target] : [];
  });
  const needles = needlesOf(ten);

  it('ten names give ten needles or fewer: one word each', () => {
    expect(needles.size).toBeLessThanOrEqual(ten.length);
  });

  it.each([
    'https://x.com/home',
    'https://x.com/search?q=weather&src=typed_query',
    'https://www.instagram.com/explore/search/keyword/?q=morgans',
    'https://www.instagram.com/p/C1a2B3c4D5e/',
    'https://www.youtube.com/results?search_query=lofi+beats',
    'https://www.facebook.com/search/top/?q=pizza%20near%20me',
    'https://www.tiktok.com/search?q=kaimorgan',
    'https://www.reddit.com/r/running/search/?q=marathon',
  ])('%s is decided without asking', (url) => {
    expect(couldBeListed(url, needles)).toBe(false);
  });
});
