import type { ListedTarget, NameTarget } from '../target';
import { isEverydayWord } from './everyday-words';
import { foldedWords, foldName } from './name-text';

/** Longest name she may give, in characters as typed. */
export const MAX_NAME_LENGTH = 80;
/** Names one person may have. */
export const MAX_NAMES = 20;

export type NameErrorCode = 'too-short' | 'too-long' | 'no-letters' | 'everyday-word';

export type NameCheck =
  | { ok: true; target: NameTarget; oneWord: boolean }
  | { ok: false; code: NameErrorCode; text: string };

/**
 * A name as she typed it ("Kai Morgan", "kai", "Kái  Morgan"), or why it can't be one. A single everyday word
 * ("Happy", "Amor") would catch searches that have nothing to do with him, so it needs another word with it.
 */
export function checkName(typed: string): NameCheck {
  const text = typed.trim();
  if (text.length > MAX_NAME_LENGTH) return { ok: false, code: 'too-long', text };
  const words = foldedWords(text);
  if (!words.some((w) => /\p{L}/u.test(w))) return { ok: false, code: 'no-letters', text };
  if (words.join('').length < 3) return { ok: false, code: 'too-short', text };
  if (words.length === 1 && isEverydayWord(words[0] as string))
    return { ok: false, code: 'everyday-word', text };
  const { name, accents } = foldName(text);
  const target: NameTarget = accents.length > 0 ? { kind: 'name', name, accents } : { kind: 'name', name };
  return { ok: true, target, oneWord: words.length === 1 };
}

/** Why one of his handles is not taken for a name. */
export type HandleNameReason = 'everyday' | 'short' | 'number';

export type HandleName = { counts: true; target: NameTarget } | { counts: false; reason: HandleNameReason };

/**
 * Whether a handle reads as his name in a search: `kai.morgan` (as "kai morgan"), `kaimorgan92`, `kmorgan`.
 * Not: a number (a Facebook id), a handle too short to tell apart from other words (`kai`, `sam`), or
 * everyday words (`music`, `the.king`), which people search for without meaning him.
 */
export function handleAsName(handle: string): HandleName {
  const words = foldedWords(handle);
  const all = words.join('');
  if (!/\p{L}/u.test(all)) return { counts: false, reason: 'number' };
  const target: NameTarget = { kind: 'name', name: words.join(' ') };
  if (words.length === 1) {
    const lettersOnly = !/\d/.test(all);
    if (all.length < (lettersOnly ? 5 : 4)) return { counts: false, reason: 'short' };
    if (lettersOnly && isEverydayWord(all)) return { counts: false, reason: 'everyday' };
    return { counts: true, target };
  }
  if (all.length < 4) return { counts: false, reason: 'short' };
  if (words.every((w) => w.length <= 2 || /^\d+$/.test(w) || isEverydayWord(w)))
    return { counts: false, reason: 'everyday' };
  return { counts: true, target };
}

/**
 * A person's name targets: the names she gave (those that pass `checkName`) and the handles of his profiles that
 * read as names, without repeats.
 */
export function nameTargetsOf(names: readonly string[], profiles: readonly ListedTarget[]): NameTarget[] {
  const byName = new Map<string, NameTarget>();
  for (const typed of names) {
    const checked = checkName(typed);
    if (!checked.ok) continue;
    // "José" and "Jose" are one name: keep the accents of either.
    const accents = [...(byName.get(checked.target.name)?.accents ?? []), ...(checked.target.accents ?? [])];
    byName.set(
      checked.target.name,
      accents.length > 0
        ? { ...checked.target, accents: [...new Set(accents)].sort((a, b) => a - b) }
        : checked.target,
    );
  }
  for (const profile of profiles) {
    if (profile.kind !== 'profile') continue;
    const handle = handleAsName(profile.handle);
    if (handle.counts && !byName.has(handle.target.name)) byName.set(handle.target.name, handle.target);
  }
  return [...byName.values()];
}
