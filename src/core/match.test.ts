import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from './match';
import type { Target } from './target';

const sam: Target = { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' };
const blog: Target = { kind: 'site', host: 'samrivers.example.org', path: '/blog' };
const fbId: Target = { kind: 'profile', platform: 'facebook', handle: '100012345678901' };
const fbName: Target = { kind: 'profile', platform: 'facebook', handle: 'samrivers77' };

describe('createMatcher', () => {
  it.each([
    'https://www.instagram.com/sam.river%73_/',
    'https://www.instagram.com/%73am.rivers_/',
    'https://www.instagram.com/SAM.RIVERS_',
    'https://WWW.INSTAGRAM.COM/sam.rivers_',
    'https://www.instagram.com./sam.rivers_/',
    'https://www.instagram.com:443/sam.rivers_/',
    'https://www.instagram.com///sam.rivers_//',
    'https://www.instagram.com/@sam.rivers_',
    'https://l.instagram.com/?u=https%3A%2F%2Fwww.instagram.com%2Fsam.rivers_%2F',
    'https://www.google.com/url?q=https://www.instagram.com/sam.rivers_/&sa=D',
    'https://web.archive.org/web/20250101000000*/instagram.com/sam.rivers_',
    'https://imginn.com/stories/sam.rivers_/',
  ])('recognises %s', (url) => {
    expect(createMatcher([sam]).match(url)).toEqual(sam);
  });

  it.each([
    'https://www.instagram.com.evil.example/sam.rivers_/',
    'https://notinstagram.com/sam.rivers_/',
    'https://instagram.co/sam.rivers_/',
    'https://evil.example/www.instagram.com/sam.rivers_/',
    'https://evil.example/?u=https://www.instagram.com/sam.rivers_/',
    'https://www.instagram.com/sam.rivers_%2Fx',
    'https://www.instagram.com/p/sam.rivers_/',
    'https://www.instagram.com/explore/tags/sam.rivers_/',
    'ftp://www.instagram.com/sam.rivers_/',
    'www.instagram.com/sam.rivers_',
    'https://www.threads.com/@sam.rivers_',
  ])('does not take %s for the profile', (url) => {
    expect(createMatcher([sam]).match(url)).toBeUndefined();
  });

  it.each([
    ['https://www.instagram.com/sam.rivers_/', sam, 'profile'],
    ['https://samrivers.example.org/blog/1', blog, 'profile'],
    ['https://www.facebook.com/messages/t/100012345678901', fbId, 'contact'],
    ['https://www.messenger.com/e2ee/t/100012345678901', fbId, 'contact'],
    ['https://m.me/sam.rivers.77', fbName, 'contact'],
    ['https://www.facebook.com/sam.rivers.77', fbName, 'profile'],
    ['https://web.archive.org/web/2025/https://m.me/samrivers77', fbName, 'contact'],
  ] as const)('says what %s would have opened', (url, target, moment) => {
    expect(createMatcher([sam, blog, fbId, fbName]).hit(url)).toEqual({ target, moment });
  });

  it('has no hit where it has no match', () => {
    const matcher = createMatcher([sam, fbId]);
    expect(matcher.hit('https://www.instagram.com/sam.rivers/')).toBeUndefined();
    expect(matcher.hit('https://www.messenger.com/t/100012345678902')).toBeUndefined();
    expect(matcher.hit('not a url')).toBeUndefined();
  });

  it('blocks a site page and what lies under it, never a parent or a sibling', () => {
    const matcher = createMatcher([blog]);
    expect(matcher.match('https://samrivers.example.org/Blog/2026/10/hello')).toEqual(blog);
    expect(matcher.match('http://www.samrivers.example.org./blog?page=2')).toEqual(blog);
    expect(matcher.match('https://samrivers.example.org/%62log/')).toEqual(blog);
    expect(matcher.match('https://samrivers.example.org/blogroll')).toBeUndefined();
    expect(matcher.match('https://samrivers.example.org/')).toBeUndefined();
    expect(matcher.match('https://old.samrivers.example.org/blog')).toBeUndefined();
  });

  it('blocks a whole site for the path /', () => {
    const site: Target = { kind: 'site', host: 'example.org', path: '/' };
    expect(createMatcher([site]).match('https://www.example.org/anything/at/all')).toEqual(site);
    expect(createMatcher([site]).match('https://example.org')).toEqual(site);
    expect(createMatcher([site]).match('https://example.org.evil.example/')).toBeUndefined();
  });

  it('accepts stored targets that are not in canonical form', () => {
    const loose: Target = { kind: 'profile', platform: 'facebook', handle: 'Sam.Rivers.77' };
    const site: Target = { kind: 'site', host: 'WWW.Example.org', path: '/Blog/' };
    const matcher = createMatcher([loose, site]);
    expect(matcher.match('https://www.facebook.com/samrivers77')).toEqual(loose);
    expect(matcher.match('https://example.org/blog/x')).toEqual(site);
  });

  it('never throws, whatever the string', () => {
    const matcher = createMatcher([
      sam,
      blog,
      { kind: 'profile', platform: 'facebook', handle: '100012345678901' },
    ]);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (text) => {
          expect(() => matcher.match(text)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
    // Generating web URLs is most of this test's time (about 3 s here, the 150 matches about 35 ms): a loaded
    // machine needs more than the default 5 s.
  }, 30_000);

  it('returns the right target among many', () => {
    const targets: Target[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'profile',
      platform: i % 2 ? 'x' : 'tiktok',
      handle: `user_${i}`,
    }));
    const matcher = createMatcher([...targets, sam, blog]);
    expect(matcher.match('https://x.com/user_1999/media')).toEqual(targets[1999]);
    expect(matcher.match('https://x.com/user_1998')).toBeUndefined();
    expect(matcher.match('https://www.tiktok.com/@user_1998')).toEqual(targets[1998]);
    expect(matcher.match('https://www.instagram.com/stories/sam.rivers_/1/')).toEqual(sam);
    expect(matcher.match('https://samrivers.example.org/blog/x')).toEqual(blog);
  });
});
