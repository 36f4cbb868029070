import { PLATFORM_RULES, type SearchForm } from '../platforms';
import { escapeRegex } from '../platforms/regex-text';
import type { NameTarget } from '../target';
import { SEARCH_ENGINES } from './engines';

/**
 * declarativeNetRequest regexes for searches for a name: the query parameter of a results page holds the name's
 * words, whole and in order, however the browser wrote them in the URL (`kai+morgan`, `kai%20morgan`,
 * `KAI.Morgan`, `%22kai+morgan%22`, `k%C3%A1i+morgan`, `ka%CC%81i+morgan`). The hosts go in the rule's
 * `requestDomains`, so the regex spends RE2's small budget on the query alone.
 */

/** Where searches happen, grouped by the URL form their results pages share. */
export interface SearchScope {
  /** RE2 for the path and query up to the `=` that starts the query's value. */
  guard: string;
  /** Registrable domains (a rule's `requestDomains` covers their subdomains). */
  domains: string[];
}

const PATH_GUARD: Record<SearchForm['path'], string> = {
  search: '/search[^?#]*\\?(?:[^#]*&)?',
  any: '[?&]',
};

/** One guard per parameter: `[?&]q=` is far cheaper in RE2 than `[?&](?:q|p|text|query)=`, and rules are plenty. */
function guardsOf(form: SearchForm): string[] {
  return form.params.map((param) => `${PATH_GUARD[form.path]}${escapeRegex(param)}=`);
}

/** Every engine's and platform's search pages, as one scope per URL form and per side of `hasAccess`. */
export function searchScopes(
  hasAccess: (domain: string) => boolean,
): { scope: SearchScope; access: boolean }[] {
  const places = [
    ...SEARCH_ENGINES.map((e) => ({ domains: e.domains, forms: e.forms })),
    ...Object.values(PLATFORM_RULES).map((r) => ({ domains: r.domains, forms: r.search ?? [] })),
  ];
  const scopes = new Map<string, { scope: SearchScope; access: boolean }>();
  for (const { domains, forms } of places) {
    for (const form of forms) {
      for (const guard of guardsOf(form))
        for (const domain of domains) {
          const access = hasAccess(domain);
          const key = `${access}|${guard}`;
          let entry = scopes.get(key);
          if (!entry) {
            entry = { scope: { guard, domains: [] }, access };
            scopes.set(key, entry);
          }
          entry.scope.domains.push(domain);
        }
    }
  }
  return [...scopes.values()];
}

/**
 * A separator in an encoded query: `+` (a space in forms), `-`, `.`, `_`, or any escaped ASCII punctuation (`%20`,
 * `%22`, `%27`, `%40`). Browsers escape the rest of punctuation in a query.
 */
const SEPARATOR = '(?:[+._-]|%[2-7].)';
/** The start of the value, or a separator after earlier words of it. */
const BEFORE = `(?:[^&#]*${SEPARATOR})?`;
/**
 * After the name: the end of the value, or anything that does not continue a word (letters, digits, escaped
 * letters), then the rest of the URL: a rule's match is what its redirect hands the interstitial (`\\0`).
 */
const AFTER = '(?:[^a-z0-9%]|%[2-7]|$).*';
/** From the start of the URL, so the match is all of it. */
const START = '^.*';

/** How the letter at `position` of the name may be written in the URL. */
export type Spelling = (letter: string, position: number) => string;

/** The letter as folded, any case: ASCII as is, other letters percent-encoded as UTF-8 in both cases. */
export const plainLetter: Spelling = (letter) => {
  if (/^[a-z0-9]$/.test(letter)) return letter;
  const lower = encodeURIComponent(letter);
  const upper = encodeURIComponent(letter.toUpperCase());
  return lower === upper ? escapeRegex(lower) : `(?:${escapeRegex(lower)}|${escapeRegex(upper)})`;
};

/** Where she wrote an accent: the plain letter, or any two-byte Latin letter (`é` = `%C3%A9`, `ñ` = `%C3%B1`, `č` = `%C4%8D`). */
const accented = (letter: string) => `(?:${letter}|%C[3-5]%..)`;

/** The name, letter by letter in the given spelling, its words separated by any run of separators. */
export function nameRegex(name: string, spell: Spelling): string {
  let body = '';
  for (let i = 0; i < name.length; i++) {
    const letter = name[i] as string;
    body += letter === ' ' ? `${SEPARATOR}+` : spell(letter, i);
  }
  return `${BEFORE}${body}${AFTER}`;
}

/** The whole regex of a rule: the URL from its start, the scope's guard, then the name. */
function ruleRegex(guard: string, name: string, spell: Spelling): string {
  return `${START}${guard}${nameRegex(name, spell)}`;
}

/** Positions of the name's words: [start, end). */
function wordSpans(name: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const word of name.split(' ')) {
    spans.push([start, start + word.length]);
    start += word.length + 1;
  }
  return spans;
}

/**
 * The regexes for a name in a scope: the name without accents (any case, any separators), and her own accents
 * (precomposed, as keyboards type them) in the whole name or, when that is more than RE2 allows in one rule,
 * one word at a time. `fits` says whether a regex fits a rule. What they leave out — accents she did not type,
 * decomposed accents, her accents in several words of a long name — the background's second layer catches
 * after the request (redirect-rules.ts checks each URL against these rules).
 */
export function nameRegexes(target: NameTarget, guard: string, fits: (regex: string) => boolean): string[] {
  const { name } = target;
  const plain = ruleRegex(guard, name, plainLetter);
  if (!fits(plain)) return [];
  const marked = new Set(target.accents ?? []);
  if (marked.size === 0) return [plain];
  const all = ruleRegex(guard, name, (letter, i) =>
    marked.has(i) ? accented(letter) : plainLetter(letter, i),
  );
  if (fits(all)) return [all];
  const perWord = wordSpans(name)
    .filter(([start, end]) => [...marked].some((i) => i >= start && i < end))
    .map(([start, end]) =>
      ruleRegex(guard, name, (letter, i) =>
        marked.has(i) && i >= start && i < end ? accented(letter) : plainLetter(letter, i),
      ),
    )
    .filter(fits);
  return [plain, ...perWord];
}
