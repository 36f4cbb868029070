import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CorpusCase, coreCases, corpus, stretchCases } from './fixtures/corpus';
import { createMatcher, parseTarget } from './match';
import type { Target } from './target';
import { targetKey } from './target';

/**
 * Stretch URLs the matcher is known to miss (or wrongly block), each with the reason.
 * Every stretch URL not listed here must pass; every listed one must still fail, so the list stays true.
 */
const STRETCH_EXPECTED_FAILURES: readonly { url: string; reason: string }[] = [];

function targetOf(c: CorpusCase): Target {
  const parsed = parseTarget(c.target);
  if (!parsed.ok) throw new Error(`corpus target does not parse: ${c.target}: ${parsed.error}`);
  return parsed.target;
}

const here = path.dirname(fileURLToPath(import.meta.url));

describe('the corpus copy', () => {
  it('has core and stretch cases', () => {
    expect(coreCases.length).toBeGreaterThan(0);
    expect(stretchCases.length).toBeGreaterThan(0);
  });

  it('equals shared/corpus when that folder sits beside the repository', () => {
    const shared = path.resolve(here, '../../../shared/corpus/profile-urls.json');
    const copy = JSON.parse(readFileSync(path.join(here, 'fixtures/profile-urls.json'), 'utf8'));
    const original = existsSync(shared) ? JSON.parse(readFileSync(shared, 'utf8')) : copy;
    expect(copy).toEqual(original);
  });
});

describe.each(coreCases.map((c) => [c.target, c] as const))('core: %s', (_, c) => {
  it('parses as a target', () => {
    expect(parseTarget(c.target).ok).toBe(true);
  });

  it.each(c.block)('blocks %s', (url) => {
    expect(createMatcher([targetOf(c)]).match(url)).toEqual(targetOf(c));
  });

  it.each(c.allow)('allows %s', (url) => {
    expect(createMatcher([targetOf(c)]).match(url)).toBeUndefined();
  });
});

describe('stretch cases', () => {
  const rows = stretchCases.flatMap((c) => [
    ...c.block.map((url) => ({ c, url, shouldBlock: true })),
    ...c.allow.map((url) => ({ c, url, shouldBlock: false })),
  ]);
  const expectedToFail = new Set(STRETCH_EXPECTED_FAILURES.map((f) => f.url));

  it.each(rows.map((r) => [r.shouldBlock ? 'blocks' : 'allows', r.url, r] as const))('%s %s', (_, url, r) => {
    const blocked = createMatcher([targetOf(r.c)]).match(url) !== undefined;
    expect(blocked === r.shouldBlock).toBe(!expectedToFail.has(url));
  });

  it('lists only URLs that are in the stretch tier', () => {
    const all = new Set(rows.map((r) => r.url));
    expect(STRETCH_EXPECTED_FAILURES.filter((f) => !all.has(f.url))).toEqual([]);
  });
});

describe('all corpus targets in one matcher', () => {
  const targets = corpus.cases.map(targetOf);
  const matcher = createMatcher(targets);
  const everyAllowed = new Set(corpus.cases.flatMap((c) => c.allow));
  const everyBlocked = new Set(corpus.cases.flatMap((c) => c.block));

  it.each(corpus.cases.flatMap((c) => c.block.map((url) => [url, c] as const)))(
    '%s → its own target',
    (url, c) => {
      const hit = matcher.match(url);
      expect(hit && targetKey(hit)).toBe(targetKey(targetOf(c)));
    },
  );

  // A URL allowed for one target may be blocked for another case's target; the block lists decide.
  it.each([...everyAllowed].filter((url) => !everyBlocked.has(url)))('allows %s', (url) => {
    expect(matcher.match(url)).toBeUndefined();
  });
});
