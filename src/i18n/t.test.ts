import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom } from './get-message-from';
import { catalogueLanguage, t, tCount } from './t';

function useCatalogue(locale: string): void {
  const catalogue = JSON.parse(
    readFileSync(join(__dirname, '../../public/_locales', locale, 'messages.json'), 'utf8'),
  );
  fakeBrowser.i18n.getMessage = getMessageFrom(catalogue) as typeof fakeBrowser.i18n.getMessage;
}

describe('t', () => {
  it('fills numbered placeholders', () => {
    expect(t('streakProgress', 3, 14)).toBe('3 of 14 days toward your goal');
  });
});

describe('catalogueLanguage', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['pt_BR', 'pt-BR'],
  ])('%s → %s', (locale, tag) => {
    useCatalogue(locale);
    expect(catalogueLanguage()).toBe(tag);
  });

  it('is English when the catalogue says nothing', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    expect(catalogueLanguage()).toBe('en');
  });
});

describe('tCount follows the plural rules of the language she reads', () => {
  beforeEach(() => useCatalogue('en'));

  it.each<[string, number, string]>([
    ['en', 0, '0 days without contact'],
    ['en', 1, '1 day without contact'],
    ['en', 2, '2 days without contact'],
    ['es', 0, '0 días sin contacto'],
    ['es', 1, '1 día sin contacto'],
    ['de', 0, '0 Tage ohne Kontakt'],
    ['de', 1, '1 Tag ohne Kontakt'],
    ['de', 21, '21 Tage ohne Kontakt'],
    ['fr', 0, '0 jour sans contact'],
    ['fr', 1, '1 jour sans contact'],
    ['fr', 2, '2 jours sans contact'],
    ['fr', 1_000_000, '1000000 jours sans contact'],
    ['pt_BR', 0, '0 dia sem contato'],
    ['pt_BR', 1, '1 dia sem contato'],
    ['pt_BR', 14, '14 dias sem contato'],
  ])('%s, %i', (locale, count, expected) => {
    useCatalogue(locale);
    expect(tCount('streakDays', count)).toBe(expected);
  });

  it('passes further substitutions after the count', () => {
    useCatalogue('de');
    expect(tCount('interstitialNextMilestone', 4, 'zwei Wochen')).toBe(
      'Noch 4 Tage, dann hast du zwei Wochen geschafft',
    );
  });
});
