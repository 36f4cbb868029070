import type { NameTarget } from '../target';
import { foldedWords } from './name-text';

/**
 * Name targets by their first word. A text is split into folded words once, and each word looked up: a name
 * is found when its words follow in order, whole. Cost follows the text's length, not the number of names.
 */
export class NameIndex {
  private readonly byFirstWord = new Map<string, { rest: string[]; target: NameTarget }[]>();

  add(target: NameTarget): void {
    const [first, ...rest] = target.name.split(' ');
    if (!first) return;
    let entries = this.byFirstWord.get(first);
    if (!entries) {
      entries = [];
      this.byFirstWord.set(first, entries);
    }
    entries.push({ rest, target });
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** The first name that `text` contains as whole words, in order. */
  find(text: string): NameTarget | undefined {
    const words = foldedWords(text);
    for (let i = 0; i < words.length; i++) {
      const entries = this.byFirstWord.get(words[i] as string);
      if (!entries) continue;
      for (const { rest, target } of entries) {
        if (rest.every((word, j) => words[i + 1 + j] === word)) return target;
      }
    }
    return undefined;
  }
}
