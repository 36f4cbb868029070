import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facebookIdArbitrary,
  HANDLE_SHAPES,
  handleArbitrary,
  oneEditNeighbours,
  plainProfileUrls,
  profileVariants,
  withCase,
} from './fixtures/profile-variants';
import { createMatcher } from './match';
import { rulesOf } from './recognize';
import { PLATFORMS, type Platform, type ProfileTarget } from './target';

/** A handle the platform accepts as a profile (not one of its own page names). */
function targetFor(platform: Platform, written: string): ProfileTarget | undefined {
  const rules = rulesOf(platform);
  const handle = rules.canonicalHandle(written);
  if (handle === undefined) return undefined;
  const target: ProfileTarget = { kind: 'profile', platform, handle };
  // Reserved words (explore, home, …) are pages, not people: the generator skips them.
  return createMatcher([target]).match(rules.profileUrl(handle)) ? target : undefined;
}

const writtenHandle = (platform: Platform) =>
  platform === 'facebook'
    ? fc.oneof(handleArbitrary(platform), facebookIdArbitrary)
    : handleArbitrary(platform);

describe.each(PLATFORMS.map((p) => [p]))('%s profiles', (platform) => {
  it('every spelling of a random profile matches it', () => {
    fc.assert(
      fc.property(
        writtenHandle(platform),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (written, upper) => {
          const target = targetFor(platform, written);
          fc.pre(target !== undefined);
          const matcher = createMatcher([target as ProfileTarget]);
          for (const { url } of profileVariants(platform, withCase(written, upper))) {
            expect(matcher.match(url), url).toEqual(target);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('no one-edit look-alike matches', () => {
    const { alphabet } = HANDLE_SHAPES[platform];
    fc.assert(
      fc.property(writtenHandle(platform), (written) => {
        const target = targetFor(platform, written);
        fc.pre(target !== undefined);
        const matcher = createMatcher([target as ProfileTarget]);
        for (const neighbour of oneEditNeighbours(written, alphabet)) {
          // Facebook ignores dots: a neighbour that is the same name is not a look-alike.
          if (rulesOf(platform).canonicalHandle(neighbour) === target?.handle) continue;
          for (const url of plainProfileUrls(platform, neighbour))
            expect(matcher.match(url), url).toBeUndefined();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the same handle on every other platform does not match', () => {
    fc.assert(
      fc.property(writtenHandle(platform), (written) => {
        const target = targetFor(platform, written);
        fc.pre(target !== undefined);
        const matcher = createMatcher([target as ProfileTarget]);
        // Threads shows Instagram accounts, but on its own hosts: instagram.com/name is not threads.com/@name.
        for (const other of PLATFORMS.filter((p) => p !== platform)) {
          for (const url of plainProfileUrls(other, written)) expect(matcher.match(url), url).toBeUndefined();
        }
      }),
      { numRuns: 25 },
    );
  });
});
