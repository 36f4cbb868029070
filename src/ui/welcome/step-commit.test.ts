import { describe, expect, it } from 'vitest';
import { stepFromHash } from './step-commit';

describe('stepFromHash', () => {
  it.each([
    ['', 1],
    ['#step-3', 3],
    ['#step-6', 6],
    ['#step-7', 1],
    ['#step-0', 1],
    ['#other', 1],
  ])('%s → step %i', (hash, step) => {
    expect(stepFromHash(hash)).toBe(step);
  });
});
