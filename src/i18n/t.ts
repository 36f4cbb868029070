import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A message in her browser's language; `$1`… are filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String));
}

/**
 * The language of the catalogue the browser picked (not its UI language: with no catalogue for that, the text
 * is English), so plural forms and the pages' `lang` follow the words she reads.
 */
export function catalogueLanguage(): string {
  return t('languageTag') || 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Picks the `_one` or `_other` form of a message by count, by the catalogue language's plural rules: French
 * and Brazilian Portuguese say "0 jour", "0 dia" (one), English, Spanish and German "0 days" (other).
 */
export function tCount(key: string, count: number, ...subs: (string | number)[]): string {
  const language = catalogueLanguage();
  const rules = pluralRules.get(language) ?? new Intl.PluralRules(language);
  pluralRules.set(language, rules);
  const form = `${key}_${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey;
  return t(form, count, ...subs);
}
