import { describe, expect, it } from 'vitest';
import { changingLines, pickLine } from './changing-line';

describe('changingLines', () => {
  it('takes her reasons, then her plan line by line, then the reminders, without blanks or repeats', () => {
    expect(
      changingLines(['He lied to me.', '  '], 'Call Ana.\n\n  Walk.  \nHe lied to me.', ['A wave passes.']),
    ).toEqual(['He lied to me.', 'Call Ana.', 'Walk.', 'A wave passes.']);
  });

  it('is empty when there is nothing to say', () => {
    expect(changingLines([], ' \n ', [])).toEqual([]);
  });
});

describe('pickLine', () => {
  const lines = ['a', 'b', 'c'];

  it('steps to the next line on each visit, wrapping around', () => {
    expect([1, 2, 3, 4].map((seed) => pickLine(lines, seed))).toEqual(['b', 'c', 'a', 'b']);
  });

  it('is the same line for the same seed', () => {
    expect(pickLine(lines, 7)).toBe(pickLine(lines, 7));
  });

  it('copes with no lines and odd seeds', () => {
    expect(pickLine([], 3)).toBeUndefined();
    expect(pickLine(lines, Number.NaN)).toBe('a');
    expect(pickLine(lines, -4)).toBe('b');
  });
});
