import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A message in her browser's language; `$1`… are filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String));
}

/** Picks the `_one` or `_other` form of a message by count (English-like plural rules, which Spanish shares). */
export function tCount(key: string, count: number, ...subs: (string | number)[]): string {
  const form = `${key}_${count === 1 ? 'one' : 'other'}` as MessageKey;
  return t(form, count, ...subs);
}
