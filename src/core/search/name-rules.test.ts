import { describe, expect, it } from 'vitest';
import { compileDnr, type DnrRule } from '../dnr-rules';
import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from '../re2-size';
import type { NameTarget } from '../target';
import { searchScopes } from './name-rules';
import { checkName } from './names';

const PAGE = 'chrome-extension://abc/interstitial.html';
const kai: NameTarget = { kind: 'name', name: 'kai morgan' };

/** What Chrome would do with a main-frame request: a rule whose domains and regex both take the URL. */
function catches(rules: readonly DnrRule[], url: string): boolean {
  const host = new URL(url).hostname;
  return rules.some(
    ({ condition }) =>
      (condition.requestDomains ?? []).some((d) => host === d || host.endsWith(`.${d}`)) &&
      new RegExp(condition.regexFilter, 'i').test(url),
  );
}

describe('rules for searches for a name', () => {
  const { rules, blocks, uncovered } = compileDnr([kai], PAGE);

  it('cover every engine and platform, within RE2’s budget', () => {
    expect(blocks).toEqual([]);
    expect(uncovered).toEqual([]);
    for (const rule of rules) {
      expect(estimateRe2Instructions(rule.condition.regexFilter)).toBeLessThanOrEqual(RE2_INSTRUCTION_BUDGET);
      expect(rule.condition.requestDomains?.length).toBeGreaterThan(0);
      expect(rule.action.redirect.regexSubstitution).toBe(`${PAGE}#\\0`);
    }
  });

  // How browsers write "kai morgan" into a results page's address: forms (+), scripts (%20), her own typing.
  it.each([
    'https://www.google.com/search?q=kai+morgan&oq=kai+morgan&sourceid=chrome&ie=UTF-8',
    'https://www.google.com/search?q=Kai+Morgan',
    'https://www.google.com/search?q=KAI++MORGAN',
    'https://www.google.com/search?q=kai%20morgan',
    'https://www.google.com/search?q=%22kai+morgan%22+instagram',
    'https://www.google.com/search?q=kai.morgan',
    'https://www.google.com/search?q=%40kai.morgan',
    'https://www.google.com/search?q=kai-morgan',
    'https://www.google.com/search?q=kai_morgan%27s',
    'https://www.google.com/search?q=where+is+kai+morgan+now',
    'https://www.google.com/search?client=firefox-b-d&q=kai+morgan',
    'https://www.google.co.uk/search?q=kai+morgan&tbm=isch',
    'https://www.google.com.br/search?q=kai+morgan',
    'https://www.bing.com/search?q=kai+morgan&form=QBLH',
    'https://duckduckgo.com/?q=kai+morgan&t=h_',
    'https://html.duckduckgo.com/html/?q=kai+morgan',
    'https://lite.duckduckgo.com/lite/?q=kai+morgan',
    'https://search.yahoo.com/search?p=kai+morgan',
    'https://uk.search.yahoo.com/search;_ylt=AwrE?p=kai+morgan',
    'https://search.brave.com/search?q=kai+morgan',
    'https://www.ecosia.org/search?method=index&q=kai%20morgan',
    'https://www.startpage.com/sp/search?query=kai+morgan',
    'https://yandex.ru/search/?text=kai+morgan&lr=213',
    'https://x.com/search?q=kai%20morgan&src=typed_query',
    'https://www.instagram.com/explore/search/keyword/?q=kai%20morgan',
    'https://www.facebook.com/search/top/?q=kai%20morgan',
    'https://www.tiktok.com/search?q=kai%20morgan',
    'https://www.youtube.com/results?search_query=kai+morgan',
    'https://www.linkedin.com/search/results/all/?keywords=kai%20morgan',
    'https://www.reddit.com/search/?q=kai+morgan',
    'https://www.threads.net/search?q=kai%20morgan',
  ])('redirect %s', (url) => {
    expect(catches(rules, url)).toBe(true);
  });

  it.each([
    'https://www.google.com/search?q=kai+morgans',
    'https://www.google.com/search?q=morgan+freeman',
    'https://www.google.com/search?q=kai',
    'https://www.google.com/search?q=weather',
    'https://www.google.com/search?q=makai+morgan',
    'https://www.google.com/search?q=kai+morgan%C3%A1',
    'https://www.google.com/search?q=kaimorgan',
    'https://www.google.com/search?q=kai+m+morgan',
    'https://www.google.com/search?q=weather&client=kai+morgan',
    'https://www.google.com/url?q=https://example.org/kai-morgan',
    'https://x.com/intent/tweet?text=kai+morgan',
    'https://example.org/search?q=kai+morgan',
    'https://www.google.com.evil.example/search?q=kai+morgan',
  ])('leave %s alone', (url) => {
    expect(catches(rules, url)).toBe(false);
  });

  it('spell the accents she typed, in either case, one word at a time when both are more than RE2 allows', () => {
    const checked = checkName('José Muñoz');
    if (!checked.ok) throw new Error('a name');
    const jose = compileDnr([checked.target], PAGE).rules;
    for (const query of [
      'jose+munoz',
      'jos%C3%A9+munoz',
      'JOS%C3%89+MUNOZ',
      'jose+mu%C3%B1oz',
      'Jose+MU%C3%91OZ',
    ])
      expect(catches(jose, `https://www.bing.com/search?q=${query}`)).toBe(true);
    expect(catches(jose, 'https://www.bing.com/search?q=jos%C3%A9+munozo')).toBe(false);
    // Google's longer guard leaves room for the plain spelling only.
    expect(catches(jose, 'https://www.google.com/search?q=Jose+Munoz')).toBe(true);
    // Left to the second layer: her accents in both words, accents she did not type, decomposed accents.
    for (const query of ['jos%C3%A9+mu%C3%B1oz', 'j%C3%B3se+munoz', 'jose%CC%81+munoz'])
      expect(catches(jose, `https://www.bing.com/search?q=${query}`)).toBe(false);
    for (const rule of jose)
      expect(estimateRe2Instructions(rule.condition.regexFilter)).toBeLessThanOrEqual(RE2_INSTRUCTION_BUDGET);
  });

  it('make block rules for the search domains the extension may not redirect on', () => {
    const google = (d: string) => !d.startsWith('google.');
    const split = compileDnr([kai], PAGE, { searchAccess: google });
    const url = 'https://www.google.com/search?q=kai+morgan';
    expect(catches(split.rules, url)).toBe(false);
    expect(catches(split.blocks, url)).toBe(true);
    expect(catches(split.rules, 'https://x.com/search?q=kai%20morgan')).toBe(true);
    // Ids follow on from the redirects.
    expect(split.blocks[0]?.id).toBe((split.rules.at(-1)?.id ?? 0) + 1);
  });

  it('leave a name too long for RE2 to the second layer, and say so', () => {
    const long: NameTarget = { kind: 'name', name: 'maximiliano alejandro fernandez de la concepcion' };
    const { uncovered: missed, rules: some } = compileDnr([long], PAGE);
    expect(missed).toEqual([long]);
    for (const rule of some)
      expect(estimateRe2Instructions(rule.condition.regexFilter)).toBeLessThanOrEqual(100);
  });

  it('stop at the rule budget, leaving the rest to the second layer', () => {
    const many = Array.from({ length: 20 }, (_, i): NameTarget => ({ kind: 'name', name: `kai morgan${i}` }));
    const { rules: few, uncovered: left } = compileDnr(many, PAGE, { maxRules: 10 });
    expect(few).toHaveLength(10);
    expect(left.length).toBeGreaterThan(10);
  });
});

describe('searchScopes', () => {
  it('groups engines and platforms by the form of their results pages', () => {
    const scopes = searchScopes(() => true);
    expect(scopes.map((s) => s.scope.guard)).toEqual([
      '/search[^?#]*\\?(?:[^#]*&)?q=',
      '[?&]q=',
      '[?&]p=',
      '[?&]text=',
      '[?&]query=',
      '[?&]keywords=',
      '[?&]search_query=',
    ]);
    expect(scopes[0]?.scope.domains).toEqual(
      expect.arrayContaining(['google.co.uk', 'x.com', 'instagram.com']),
    );
  });
});
