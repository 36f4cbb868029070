import { describe, expect, it } from 'vitest';
import {
  bool,
  fields,
  finite,
  Invalid,
  list,
  nullable,
  num,
  oneOf,
  optional,
  orElse,
  record,
  type Shape,
  shapeOr,
  text,
  variant,
} from './shape';

/** The path a shape names for a value, or 'ok'. */
function failsAt<T>(shape: Shape<T>, value: unknown): string {
  try {
    shape(value);
    return 'ok';
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return error.path;
  }
}

describe('shape', () => {
  it('checks strings by length in UTF-16 units and by pattern', () => {
    expect(text(3, 1)('abc')).toBe('abc');
    expect(failsAt(text(3, 1), '')).toBe('');
    expect(failsAt(text(3), 'abcd')).toBe('');
    expect(failsAt(text(3), 7)).toBe('');
    expect(text(2)('😀')).toBe('😀');
    expect(failsAt(text(99, 0, /^\//), 'a/')).toBe('');
  });

  it('takes Infinity as a number but never NaN; `finite` and whole numbers are stricter', () => {
    expect(num()(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(failsAt(num(), Number.NaN)).toBe('');
    expect(failsAt(num(), '1')).toBe('');
    expect(failsAt(finite, Number.NEGATIVE_INFINITY)).toBe('');
    expect(failsAt(num(0, 10, true), 2.5)).toBe('');
    expect(failsAt(num(1, 10), 0)).toBe('');
    expect(num(0, 10)(10)).toBe(10);
  });

  it('keeps the known fields of an object, in order, and leaves the rest behind', () => {
    const point = fields<{ x: number; y?: string }>({ x: num(), y: optional(text(9)) });
    expect(point({ y: 'b', x: 1, z: true })).toEqual({ x: 1, y: 'b' });
    expect(Object.keys(point({ x: 1 }))).toEqual(['x']);
    expect(failsAt(point, { y: 'b' })).toBe('x');
    expect(failsAt(point, null)).toBe('');
    // A list is an object too: its known fields are looked up like any other.
    expect(failsAt(point, [1])).toBe('x');
  });

  it('refuses unknown fields when strict, after the known ones', () => {
    const point = fields<{ x: number }>({ x: num() }, true);
    expect(failsAt(point, { x: 1, extra: 0 })).toBe('extra');
    expect(failsAt(point, { extra: 0, x: 'one' })).toBe('x');
  });

  it('names the first wrong entry of a list, and checks the length after the entries', () => {
    const names = list(text(3), 2);
    expect(failsAt(names, ['a', 7, 8])).toBe('1');
    expect(failsAt(names, ['a', 'b', 'c'])).toBe('');
    expect(failsAt(fields<{ a: string[] }>({ a: names }), { a: ['abcd'] })).toBe('a.0');
  });

  it('picks a variant by its tag, and names the tag when no variant has it', () => {
    const shape = variant<{ kind: 'a'; n: number } | { kind: 'b' }>('kind', {
      a: fields({ kind: oneOf(['a'] as const), n: num() }),
      b: fields({ kind: oneOf(['b'] as const) }),
    });
    expect(shape({ kind: 'b', n: 'x' })).toEqual({ kind: 'b' });
    expect(failsAt(shape, { kind: 'a' })).toBe('n');
    expect(failsAt(shape, { kind: 'toString' })).toBe('kind');
    expect(failsAt(shape, 'a')).toBe('');
  });

  it('falls back field by field, with a fresh copy of the fallback each time', () => {
    const friend = orElse(fields<{ name: string }>({ name: text(5) }), { name: '' });
    const first = friend('Ana');
    expect(first).toEqual({ name: '' });
    first.name = 'changed';
    expect(friend(7)).toEqual({ name: '' });
    expect(shapeOr(bool, 'yes', false)).toBe(false);
    expect(nullable(text(1))(null)).toBeNull();
  });

  it('copies a record without the keys that reach a prototype', () => {
    const payload = record(JSON.parse('{"strict":false,"__proto__":{"polluted":true},"constructor":1}'));
    expect(payload).toEqual({ strict: false });
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(failsAt(record, 'x')).toBe('');
  });
});
