import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../core/parse-target';
import { type Catalogue, catalogueProblems, frenchSpacingProblems } from './catalogue-problems';

const LOCALES = join(__dirname, '../../public/_locales');

function load(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
}

const english = load('en');
const locales = readdirSync(LOCALES).sort();
const others = locales.filter((l) => l !== 'en');

/** Messages that quote another message's words, so she can find what they name. */
const QUOTES: [quoting: string, quoted: string][] = [
  ['welcomeTryIntro', 'goBack'],
  ['welcomeReopenHint', 'welcomeGuideLink'],
  ['welcomeNameHint', 'defaultPersonName'],
];

describe('message catalogues', () => {
  it('are English, Spanish, French, German and Brazilian Portuguese', () => {
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'pt_BR']);
  });

  it.each(others)('%s has every English message, with the same placeholders', (locale) => {
    expect(catalogueProblems(english, load(locale))).toEqual([]);
  });

  it('English has no empty message and no lone "$"', () => {
    expect(catalogueProblems(english, english)).toEqual([]);
  });

  it.each(locales)('%s names its own language (plural rules, the pages’ lang)', (locale) => {
    const tag = load(locale).languageTag?.message ?? '';
    expect(tag).toBe(locale.replace('_', '-'));
    expect(Intl.PluralRules.supportedLocalesOf([tag])).toEqual([tag]);
  });

  it.each(locales)('%s quotes other messages word for word', (locale) => {
    const catalogue = load(locale);
    for (const [quoting, quoted] of QUOTES) {
      expect([quoting, catalogue[quoting]?.message.includes(catalogue[quoted]?.message ?? '∅')]).toEqual([
        quoting,
        true,
      ]);
    }
  });

  it.each(locales)(
    '%s asks her to type only letters and spaces (no curly apostrophes to hunt for)',
    (locale) => {
      const catalogue = load(locale);
      for (const key of ['goThroughPhrase', 'resetWord']) {
        expect([key, /^[\p{L} ]+$/u.test(catalogue[key]?.message ?? '')]).toEqual([key, true]);
      }
    },
  );

  it.each(locales)('%s fits the stores: name up to 50 characters, description up to 132', (locale) => {
    const catalogue = load(locale);
    expect(catalogue.extName?.message.length).toBeLessThanOrEqual(50);
    expect(catalogue.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s gives an example of a name on a site that is read as one', (locale) => {
    const hint = load(locale).errorNeedsPlatform?.message ?? '';
    const example = /[“«„]\s*([^”»“]+?)\s*[”»“]/.exec(hint)?.[1] ?? hint;
    expect(parseTarget(example)).toMatchObject({
      ok: true,
      target: { kind: 'profile', platform: 'instagram' },
    });
  });

  it('French keeps a no-break space before : ; ? ! and inside « »', () => {
    expect(frenchSpacingProblems(load('fr'))).toEqual([]);
  });
});

/** Every source file the extension ships (tests aside), as one text. */
function shippedSources(): string {
  const root = join(__dirname, '../..');
  const files = ['src', 'entrypoints'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join(root, dir, f)),
  );
  return [...files, join(root, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('English catalogue', () => {
  it('has no message nothing shows (plurals are looked up by their base key)', () => {
    const sources = shippedSources();
    const unused = Object.keys(english).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return !sources.includes(`'${base}'`) && !sources.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });
});
