import { describe, expect, it } from 'vitest';
import measured from './fixtures/re2-program-sizes.json';
import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from './re2-size';

describe('estimateRe2Instructions', () => {
  const accepted = measured.measurements.filter((m) => m.accepted);
  const rejected = measured.measurements.filter((m) => !m.accepted);

  it('has measurements of both kinds', () => {
    expect(accepted.length).toBeGreaterThan(50);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it.each(accepted.map((m) => [m.pattern, m.programSize ?? 0] as const))(
    'never underestimates RE2: %s',
    (pattern, size) => {
      expect(estimateRe2Instructions(pattern)).toBeGreaterThanOrEqual(size);
    },
  );

  it.each(rejected.map((m) => [m.pattern]))('puts patterns RE2 rejected over the budget: %s', (pattern) => {
    expect(estimateRe2Instructions(pattern)).toBeGreaterThan(RE2_INSTRUCTION_BUDGET);
  });

  it('keeps the budget within the largest program RE2 accepted', () => {
    const largestAccepted = Math.max(...accepted.map((m) => m.programSize ?? 0));
    expect(RE2_INSTRUCTION_BUDGET).toBeLessThanOrEqual(largestAccepted);
  });

  it.each(['(?=a)b', '(?!a)b', '(?<=a)b', '(a)\\1', 'a{2,3}'])(
    'refuses syntax outside the emitted dialect: %s',
    (p) => {
      expect(() => estimateRe2Instructions(p)).toThrow(SyntaxError);
    },
  );
});
