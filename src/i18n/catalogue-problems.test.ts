import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogueProblems, frenchSpacingProblems, placeholders } from './catalogue-problems';

const of = (messages: Record<string, string>): Catalogue =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, { message }]));

const reference = of({ greet: 'Hello $1', count: '$1 of $2 days', plain: 'Go back' });

describe('placeholders', () => {
  it.each([
    ['no substitution', []],
    ['$1 of $2', ['$1', '$2']],
    ['$2, then $1 and $1', ['$1', '$1', '$2']],
    ['costs $$5', []],
    ['$$$1', ['$1']],
  ])('%s → %j', (message, expected) => {
    expect(placeholders(message)).toEqual(expected);
  });
});

describe('catalogueProblems', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['the same keys and placeholders', { greet: 'Hola $1', count: '$2 días: $1', plain: 'Volver' }, []],
    ['a missing key', { greet: 'Hola $1', count: '$1 de $2' }, ['plain: missing']],
    [
      'a key English does not have',
      { greet: 'Hola $1', count: '$1 de $2', plain: 'Volver', extra: 'x' },
      ['extra: not in the reference catalogue'],
    ],
    ['an empty message', { greet: 'Hola $1', count: '$1 de $2', plain: '  ' }, ['plain: empty']],
    [
      'a placeholder left out',
      { greet: 'Hola', count: '$1 de $2', plain: 'Volver' },
      ['greet: placeholders "", expected "$1"'],
    ],
    [
      'a placeholder renumbered',
      { greet: 'Hola $2', count: '$1 de $2', plain: 'Volver' },
      ['greet: placeholders "$2", expected "$1"'],
    ],
    [
      'a placeholder doubled',
      { greet: 'Hola $1, $1', count: '$1 de $2', plain: 'Volver' },
      ['greet: placeholders "$1 $1", expected "$1"'],
    ],
    [
      'a lone dollar sign',
      { greet: 'Hola $1', count: '$1 de $2', plain: 'Vale $ 5' },
      ['plain: a lone "$" (write "$$")'],
    ],
    ['an escaped dollar sign', { greet: 'Hola $1', count: '$1 de $2', plain: 'Vale $$5' }, []],
  ])('%s', (_, messages, expected) => {
    expect(catalogueProblems(reference, of(messages))).toEqual(expected);
  });
});

describe('frenchSpacingProblems', () => {
  it.each<[string, string[]]>([
    ['Quand\u00a0?', []],
    ['Tape «\u00a0effacer\u00a0»', []],
    ['tel:, sms: ou https://', []],
    ['Quand ?', ['m: an ordinary space before : ; ? ! » or after « (use U+00A0)']],
    ['Bloqué : $1', ['m: an ordinary space before : ; ? ! » or after « (use U+00A0)']],
    ['« effacer\u00a0»', ['m: an ordinary space before : ; ? ! » or after « (use U+00A0)']],
  ])('%j', (message, expected) => {
    expect(frenchSpacingProblems(of({ m: message }))).toEqual(expected);
  });
});
