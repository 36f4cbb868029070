/**
 * Chrome compiles each DNR `regexFilter` with RE2 under a 2 KiB memory cap (Latin-1, case-folded,
 * no captures). That cap is about the compiled program, not the pattern's length: RE2 gives the
 * forward program two thirds of it, which leaves room for roughly 110 instructions. Patterns above
 * it are rejected ("exceeded the 2KB memory limit when compiled").
 *
 * This estimates the instruction count for the small regex dialect the rule compiler emits. It
 * errs high on purpose: it ignores RE2's prefix factoring and counts character classes as if case
 * folding split every letter range. `re2-size.test.ts` checks it against sizes measured with RE2.
 * Keep it high: RE2 applies its cap while compiling, before it compacts the program, so a pattern whose
 * final ProgramSize() is ~80 can still be refused (optional groups inside alternations, `(?:e(?:%CC%..)?|…)`).
 */

/** Instructions a rule may use: under RE2's ~112 with Chrome's options, with a margin for other builds. */
export const RE2_INSTRUCTION_BUDGET = 100;

export function estimateRe2Instructions(pattern: string): number {
  const parser = new Parser(pattern);
  const body = parser.alternation();
  if (parser.pos !== pattern.length) throw new SyntaxError(`Unbalanced ) at ${parser.pos} in ${pattern}`);
  // Fail and Match instructions, plus the `.*?` loop RE2 adds in front of an unanchored pattern.
  return body + 2 + (pattern.startsWith('^') ? 0 : 2);
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  alternation(): number {
    let total = this.concatenation();
    while (this.text[this.pos] === '|') {
      this.pos += 1;
      total += this.concatenation() + 1;
    }
    return total;
  }

  private concatenation(): number {
    let total = 0;
    while (this.pos < this.text.length && this.text[this.pos] !== '|' && this.text[this.pos] !== ')') {
      const atom = this.atom();
      total += this.repetition(atom);
    }
    return total;
  }

  private repetition(atom: number): number {
    const op = this.text[this.pos];
    if (op === '?' || op === '*' || op === '+') {
      this.pos += 1;
      if (this.text[this.pos] === '?') this.pos += 1;
      return atom + 1;
    }
    if (op === '{') throw new SyntaxError('Counted repetition is not part of the emitted dialect');
    return atom;
  }

  private atom(): number {
    const c = this.text[this.pos];
    this.pos += 1;
    switch (c) {
      case '(': {
        if (this.text.startsWith('?:', this.pos)) this.pos += 2;
        else if (this.text[this.pos] === '?') throw new SyntaxError(`Unsupported group at ${this.pos}`);
        const inner = this.alternation();
        if (this.text[this.pos] !== ')') throw new SyntaxError(`Missing ) in ${this.text}`);
        this.pos += 1;
        return inner;
      }
      case '[':
        return this.charClass();
      case '.':
        return 3;
      case '\\': {
        const escaped = this.text[this.pos];
        this.pos += 1;
        if (escaped === undefined) throw new SyntaxError('Trailing backslash');
        if (/[1-9]/.test(escaped)) throw new SyntaxError('Backreferences are not RE2');
        if (escaped === 'd') return 1;
        if (escaped === 'w') return 7;
        if (/[a-zA-Z]/.test(escaped)) throw new SyntaxError(`Unsupported escape \\${escaped}`);
        return 1;
      }
      default:
        return 1;
    }
  }

  /** A class costs one instruction per byte range plus one per choice between ranges. */
  private charClass(): number {
    const negated = this.text[this.pos] === '^';
    if (negated) this.pos += 1;
    let ranges = 0;
    let first = true;
    while (this.pos < this.text.length && (first || this.text[this.pos] !== ']')) {
      first = false;
      let c = this.text[this.pos] ?? '';
      if (c === '\\') {
        this.pos += 1;
        c = this.text[this.pos] ?? '';
      }
      this.pos += 1;
      let isRange = false;
      if (this.text[this.pos] === '-' && this.text[this.pos + 1] !== ']') {
        this.pos += 2;
        if (this.text[this.pos - 1] === '\\') this.pos += 1;
        isRange = true;
      }
      // A letter (range) gains its other case as a separate range under case folding.
      ranges += /[a-zA-Z]/.test(c) || isRange ? 2 : 1;
    }
    if (this.text[this.pos] !== ']') throw new SyntaxError(`Missing ] in ${this.text}`);
    this.pos += 1;
    if (negated) ranges += 1;
    return 2 * ranges - 1;
  }
}
