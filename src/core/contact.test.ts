import { describe, expect, it } from 'vitest';
import { compileDnrRules } from './dnr-rules';
import { blockUrl, CONTACT_CASES, caughtByRules } from './fixtures/contact-urls';
import { createMatcher, parseTarget } from './match';

const PAGE = 'chrome-extension://abcdefghijklmnop/interstitial.html';

/** Chrome matches case-insensitively; the URL it matches is canonical, as WHATWG URL writes it. */
const regexesFor = (target: Parameters<typeof compileDnrRules>[0][number]) =>
  compileDnrRules([target], PAGE).map((rule) => new RegExp(rule.condition.regexFilter, 'i'));
const caught = (regexes: readonly RegExp[], url: string) => regexes.some((re) => re.test(new URL(url).href));

describe.each(CONTACT_CASES.map((c) => [c.input, c] as const))('his %s', (_, c) => {
  const matcher = createMatcher([c.target]);
  const regexes = regexesFor(c.target);

  it('is read as his number or address', () => {
    expect(parseTarget(c.input, { region: c.region })).toMatchObject({ ok: true, target: c.target });
  });

  it.each(c.block.map((row) => [blockUrl(row), caughtByRules(row)] as const))(
    'stops %s as a way to write to him (request rule: %s)',
    (url, seenByRules) => {
      expect(matcher.hit(url)).toEqual({ target: c.target, moment: 'contact' });
      expect(caught(regexes, url)).toBe(seenByRules);
    },
  );

  it.each(c.allow)('leaves %s alone', (url) => {
    expect(matcher.hit(url)).toBeUndefined();
    expect(caught(regexes, url)).toBe(false);
  });
});

describe('numbers and addresses with everything else', () => {
  const targets = CONTACT_CASES.map((c) => c.target);
  const matcher = createMatcher([
    ...targets,
    { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
    // His name as well: Gmail's compose window is on a Google host, and still a way to write to him.
    { kind: 'name', name: 'kai morgan' },
  ]);

  it.each(CONTACT_CASES.flatMap((c) => c.block.map((row) => [blockUrl(row), c] as const)))(
    '%s → its own target',
    (url, c) => {
      expect(matcher.hit(url)?.target).toEqual(c.target);
    },
  );

  it('keeps profiles and searches what they were', () => {
    expect(matcher.hit('https://www.instagram.com/kai.morgan/')).toMatchObject({ moment: 'profile' });
    expect(matcher.hit('https://www.google.com/search?q=kai+morgan')).toMatchObject({ moment: 'search' });
  });

  it('merges numbers: fewer rules than numbers × link forms', () => {
    const phones = [0, 1, 2, 3, 4, 5].map((n) => ({ kind: 'phone' as const, number: `+3460000000${n}` }));
    const oneByOne = phones.reduce((n, p) => n + compileDnrRules([p], PAGE).length, 0);
    expect(compileDnrRules(phones, PAGE).length).toBeLessThan(oneByOne * 0.75);
  });
});
