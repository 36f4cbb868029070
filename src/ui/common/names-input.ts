import { checkName, MAX_NAME_LENGTH, MAX_NAMES, type NameCheck } from '@/src/core';
import { t } from '@/src/i18n/t';

export type NamesCheck =
  | {
      ok: true;
      /** As she typed them, trimmed, one per line, without repeats. */
      names: string[];
      /** Names of one word: they also catch other people's searches, which she is told. */
      oneWord: string[];
    }
  | { ok: false; error: string };

function nameError(failure: Extract<NameCheck, { ok: false }>): string {
  switch (failure.code) {
    case 'too-short':
      return t('nameErrorTooShort', failure.text);
    case 'too-long':
      return t('nameErrorTooLong', MAX_NAME_LENGTH);
    case 'no-letters':
      return t('nameErrorNoLetters', failure.text);
    case 'everyday-word':
      return t('nameErrorEveryday', failure.text);
  }
}

/** The "Names he goes by" field's text, line by line, or what is wrong with it (the first problem, in words). */
export function checkNames(text: string): NamesCheck {
  const lines = [...new Set(text.split('\n').map((line) => line.trim()))].filter((line) => line !== '');
  if (lines.length > MAX_NAMES) return { ok: false, error: t('nameErrorTooMany', MAX_NAMES) };
  const oneWord: string[] = [];
  for (const line of lines) {
    const checked = checkName(line);
    if (!checked.ok) return { ok: false, error: nameError(checked) };
    if (checked.oneWord) oneWord.push(line);
  }
  return { ok: true, names: lines, oneWord };
}
