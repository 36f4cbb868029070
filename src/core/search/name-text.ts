/**
 * Names and queries in one spelling, so that "Kai Morgan", "KAI  MORGAN", "kái morgan" and `"Kai Morgan"`
 * read alike: case and accents folded, anything that is not a letter or a digit taken as a space between
 * words.
 */

/** Letters that carry no combining mark to strip but still read as plain Latin letters. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};
const SPECIAL = /[ßẞæÆœŒøØłŁđĐðÐþÞı]/g;
const MARKS = /\p{M}+/gu;
/** A run of characters that are neither letters nor digits: a word boundary. */
const BETWEEN_WORDS = /[^\p{L}\p{N}]+/u;
/** Most queries are plain ASCII: nothing to decompose or map, and a narrower boundary (same words). */
const ASCII = /^[^\u0080-\uffff]*$/;
const BETWEEN_ASCII_WORDS = /[^a-z0-9]+/;

/** Lower case without accents: "Kái" → "kai", "Straße" → "strasse", "Øre" → "ore". */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .toLowerCase();
}

/** The words of a text, folded: `"Kai  Morgan" instagram` → kai, morgan, instagram; `@kai.morgan` → kai, morgan. */
export function foldedWords(text: string): string[] {
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .split(BETWEEN_ASCII_WORDS)
      .filter((w) => w !== '');
  return foldText(text)
    .split(BETWEEN_WORDS)
    .filter((w) => w !== '');
}

/** Words of a name, one space between: the `name` of a name target. */
export function normaliseName(text: string): string {
  return foldedWords(text).join(' ');
}

/**
 * Her name in folded words, and where she wrote accents: positions in the folded name of letters that folding
 * changed (`José Muñoz` → `jose munoz`, [3, 7]). Rules spell those letters with and without the accent.
 */
export function foldName(text: string): { name: string; accents: number[] } {
  const accents: number[] = [];
  let name = '';
  for (const word of text.normalize('NFC').split(BETWEEN_WORDS)) {
    if (word === '') continue;
    let folded = '';
    for (const char of word) {
      const plain = foldText(char);
      if (plain !== char.toLowerCase())
        for (let i = 0; i < plain.length; i++) accents.push(name.length + (name ? 1 : 0) + folded.length + i);
      folded += plain;
    }
    name += name ? ` ${folded}` : folded;
  }
  // Folding a whole text may split words differently from folding each letter (a ligature, a mark left alone).
  return name === normaliseName(text) ? { name, accents } : { name: normaliseName(text), accents: [] };
}
