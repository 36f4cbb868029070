import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords, foldText, normaliseName } from './name-text';
import { checkName, handleAsName, nameTargetsOf } from './names';

describe('folding names and queries', () => {
  it.each([
    ['Kai Morgan', 'kai morgan'],
    ['KAI  MORGAN', 'kai morgan'],
    ['kái morgan', 'kai morgan'],
    ['"Kai Morgan" instagram', 'kai morgan instagram'],
    ['@kai.morgan', 'kai morgan'],
    ['Kai\u00a0Morgan', 'kai morgan'],
    ['ka\u0301i morgan', 'kai morgan'],
    ['Jürgen Straße', 'jurgen strasse'],
    ['Søren Łukasz Đorđe', 'soren lukasz dorde'],
    ['François Gonçalves Muñoz', 'francois goncalves munoz'],
    ['ＫＡＩ　ＭＯＲＧＡＮ', 'kai morgan'],
    // Й is И with a breve: folded like any accent, in names and queries alike.
    ['Кай Морган', 'каи морган'],
  ])('%s reads as %s', (text, folded) => {
    expect(normaliseName(text)).toBe(folded);
  });

  it('keeps letters it cannot fold as they are, lower-cased', () => {
    expect(foldText('ΚΑΙ')).toBe('και');
    expect(foldedWords('—…!!')).toEqual([]);
  });

  it('reads plain ASCII (its shortcut) as it reads any other text', () => {
    // A no-break space in front sends the same words the long way: decomposed, mapped, split on any letter.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(foldedWords(text)).toEqual(foldedWords(`\u00a0${text}`));
        expect(foldText(text)).toBe(foldText(`\u00a0${text}`).slice(1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkName', () => {
  it.each([
    ['Kai Morgan', 'kai morgan', false],
    ['Kaimo', 'kaimo', true],
    ['KM', undefined, undefined],
    ['Jo Anne', 'jo anne', false],
  ])('%j → %j', (typed, name, oneWord) => {
    const checked = checkName(typed);
    if (name === undefined) expect(checked.ok).toBe(false);
    else expect(checked).toEqual({ ok: true, target: { kind: 'name', name }, oneWord });
  });

  it('keeps where she wrote accents, for the rules that spell them', () => {
    expect(checkName('  kái   morgan ')).toEqual({
      ok: true,
      target: { kind: 'name', name: 'kai morgan', accents: [1] },
      oneWord: false,
    });
    expect(checkName('José Muñoz')).toMatchObject({ target: { name: 'jose munoz', accents: [3, 7] } });
  });

  it.each([
    ['K', 'too-short'],
    ['K.', 'too-short'],
    ['a b', 'too-short'],
    ['x'.repeat(500), 'too-long'],
    ['!!! ... ???', 'no-letters'],
    ['', 'no-letters'],
    ['12345', 'no-letters'],
    ['Happy', 'everyday-word'],
    ['Amor', 'everyday-word'],
    ['MUSIC', 'everyday-word'],
    ['Sonne', 'everyday-word'],
  ])('refuses %j: %s', (typed, code) => {
    expect(checkName(typed)).toMatchObject({ ok: false, code });
  });
});

describe('handleAsName', () => {
  it.each([
    ['kai.morgan', 'kai morgan'],
    ['kai_morgan', 'kai morgan'],
    ['kaimorgan', 'kaimorgan'],
    ['kaimorgan92', 'kaimorgan92'],
    ['kai92', 'kai92'],
    ['kmorgan_', 'kmorgan'],
    ['kai-morgan-8a1b2c3', 'kai morgan 8a1b2c3'],
  ])('%s counts as the name %s', (handle, name) => {
    expect(handleAsName(handle)).toEqual({ counts: true, target: { kind: 'name', name } });
  });

  it.each([
    ['music', 'everyday'],
    ['travel', 'everyday'],
    ['the.king', 'everyday'],
    ['love_you_2', 'everyday'],
    ['kai', 'short'],
    ['sam', 'short'],
    ['k.m', 'short'],
    ['100012345678901', 'number'],
    ['1234_5678', 'number'],
  ])('%s does not: %s', (handle, reason) => {
    expect(handleAsName(handle)).toEqual({ counts: false, reason });
  });
});

describe('nameTargetsOf', () => {
  it('takes her names and his handles that read as names, once each', () => {
    expect(
      nameTargetsOf(
        ['Kai Morgan', 'K', 'kai  MORGAN', 'Kaimo'],
        [
          { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' },
          { kind: 'profile', platform: 'x', handle: 'music' },
          { kind: 'profile', platform: 'tiktok', handle: 'kaimorgan92' },
          { kind: 'site', host: 'kai-morgan.example.org', path: '/' },
        ],
      ),
    ).toEqual([
      { kind: 'name', name: 'kai morgan' },
      { kind: 'name', name: 'kaimo' },
      { kind: 'name', name: 'kaimorgan92' },
    ]);
  });
});
