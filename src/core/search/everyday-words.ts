import { COMMON_WORDS_CODED } from './common-words';

let words: Set<string> | undefined;

/** The front-coded list (build/common-words.ts) as a set, decoded the first time it is asked. */
function everydayWords(): Set<string> {
  if (words) return words;
  words = new Set();
  let previous = '';
  for (const entry of COMMON_WORDS_CODED.split(' ')) {
    const word = previous.slice(0, Number(entry[0])) + entry.slice(1);
    words.add(word);
    previous = word;
  }
  return words;
}

/**
 * One of the few thousand most frequent words of English, Spanish, French, German or Portuguese ("music",
 * "amor", "sonne"), folded like names are. Searching for such a word is not searching for him.
 */
export function isEverydayWord(folded: string): boolean {
  return everydayWords().has(folded);
}
