import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(__dirname, '../../public/_locales');

type Catalogue = Record<string, { message: string }>;

function load(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();
}

const english = load('en');
const others = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('message catalogues', () => {
  it('has Spanish besides English', () => {
    expect(others).toContain('es');
  });

  it.each(others)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(load(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(others)('%s fills the same placeholders as English', (locale) => {
    const catalogue = load(locale);
    for (const [key, { message }] of Object.entries(english)) {
      expect([key, placeholders(catalogue[key]?.message ?? '')]).toEqual([key, placeholders(message)]);
    }
  });

  it.each(['en', ...others])('%s has no empty message', (locale) => {
    for (const [key, { message }] of Object.entries(load(locale)))
      expect([key, message.trim().length > 0]).toEqual([key, true]);
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
