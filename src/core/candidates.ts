import { foldedWords } from './search/name-text';
import type { Target } from './target';

/**
 * A compact, precompiled form of her list for the in-page script: "needles", words that any URL showing one of
 * her targets must contain. A URL without any of them cannot be on her list, so the script decides almost every
 * page with a few set lookups and leaves the exact decision (the matcher, allowances) to the background for the
 * rare URL that has one. It is a filter, never a verdict: it may let through URLs that are not on her list (a
 * hashtag or a look-alike spelled with his handle as a word), and must never miss one that is. That promise is
 * kept by `candidates.test.ts`, which checks it against every corpus URL and generated spelling the matcher
 * blocks, for every platform.
 *
 * Why it holds: the matcher reads a handle from one URL component (a path segment, a query value, a host label)
 * after percent-decoding it once or twice (wrapped URLs), and only accepts handles made of letters, digits,
 * marks and `._·-`. So the handle, decoded, lower-cased and compared without dots (Facebook ignores them), is
 * one of the URL's words below. A name she searches for is found in a search's query as folded words
 * (search/name-text.ts: no case, no accents), so each decoded part of the URL also gives its folded words.
 */

/** What separates words: everything a handle cannot contain. `%` stays until the word is decoded. */
const SEPARATORS_RAW = /[^\p{L}\p{N}\p{M}._·%-]+/u;
const SEPARATORS = /[^\p{L}\p{N}\p{M}._·-]+/u;
/** Wrapped URLs (a link shim around an archive link) nest escapes; deeper is not worth following. */
const MAX_DECODES = 3;

/**
 * Lower-case, without dots, final sigma as sigma (lower-casing a whole word and a part may differ there), a number
 * without leading zeros (Strava reads athletes/0090210 as 90210).
 */
function fold(word: string): string {
  const folded = word.toLowerCase().replace(/\./g, '').replace(/ς/g, 'σ');
  return /^\d+$/.test(folded) ? folded.replace(/^0+(?=.)/, '') : folded;
}

function decodeOnce(word: string): string {
  try {
    return decodeURIComponent(word);
  } catch {
    // A malformed escape: the matcher keeps such a segment as it is, and no handle contains `%`.
    return word.replace(/%/g, ' ');
  }
}

/**
 * Adds `word`, each of its dot-separated labels (`name.tumblr.com` holds `name`), and its words as a search for a
 * name reads them (`Kái` holds `kai`), to `into`.
 */
function addWord(word: string, into: Set<string>): void {
  if (word === '') return;
  into.add(fold(word));
  if (word.includes('.')) for (const label of word.split('.')) if (label !== '') into.add(fold(label));
  if (/[^a-z0-9]/.test(word)) for (const folded of foldedWords(word)) into.add(fold(folded));
}

/** Every word of `url`, decoded, as `needleWords` compares them. */
export function urlWords(url: string): Set<string> {
  const words = new Set<string>();
  let pending = url.split(SEPARATORS_RAW);
  for (let depth = 0; pending.length > 0; depth++) {
    const next: string[] = [];
    for (const raw of pending) {
      if (!raw.includes('%') || depth >= MAX_DECODES) {
        for (const word of raw.split(SEPARATORS)) addWord(word, words);
        // Left undecoded past the limit: its pieces still count (more words only mean more candidates).
        continue;
      }
      for (const piece of decodeOnce(raw).split(SEPARATORS_RAW)) next.push(piece);
      // The word as written counts too: an escape the matcher would not decode leaves it as it is.
      for (const word of raw.split(SEPARATORS)) addWord(word, words);
    }
    pending = next;
  }
  return words;
}

/**
 * The words of a handle, path segment or name, one dot-separated label at a time: a URL may write a label run in a
 * longer one (a Mastodon server `server.social` as `www.server.social`), never a label itself differently. A
 * handle without dots is one label, however a URL dots it (Facebook's `sam.rivers.77` is `samrivers77`).
 */
function labelWords(text: string): string[] {
  return text
    .split(SEPARATORS)
    .flatMap((word) => word.split('.'))
    .filter((label) => label !== '')
    .map(fold);
}

/** The candidate needles of one target: the labels of its handle, of its site path, or the words of a name. */
function targetNeedles(target: Target): string[] {
  if (target.kind === 'name') return labelWords(target.name);
  if (target.kind === 'site') {
    const segments = target.path.split('/').filter((s) => s !== '');
    const last = segments[segments.length - 1];
    // A whole site: its host's first label (`www.` aside) is a word of every URL on it.
    const host = target.host.replace(/^www\./, '').split('.')[0] ?? '';
    return labelWords(last === undefined ? host : decodeOnce(last));
  }
  // His number shows in a URL as its digits (`wa.me/34600000000`, `?phone=%2B34600000000`), his address by its labels.
  if (target.kind === 'phone') return [target.number.replace(/\D/g, '')];
  if (target.kind === 'email') return labelWords(target.address);
  return labelWords(target.handle);
}

/** A target with no word to look for (a handle of dots only): every URL is a candidate then. */
export const ANY_URL = '*';

/** Her targets as needles, sorted and without repeats: what the background stores for the in-page script. */
export function listNeedles(targets: readonly Target[]): string[] {
  const needles = new Set<string>();
  for (const target of targets) {
    // One word of each target is enough (any URL showing it has them all); the longest is the most selective.
    const words = targetNeedles(target).sort((a, b) => b.length - a.length);
    needles.add(words[0] || ANY_URL);
  }
  return [...needles].sort();
}

/** Whether `url` could show one of the targets `needles` came from. */
export function couldBeListed(url: string, needles: ReadonlySet<string>): boolean {
  if (needles.size === 0) return false;
  if (needles.has(ANY_URL)) return true;
  for (const word of urlWords(url)) if (needles.has(word)) return true;
  return false;
}

/**
 * The needles as one regular expression, the same in RE2 and JavaScript (no flags, no look-around), that every
 * URL `couldBeListed` takes matches as the browser writes it (canonical: non-ASCII and many other characters
 * percent-escaped) and without its fragment: the form a webNavigation filter's `urlMatches` tests
 * (https://developer.chrome.com/docs/extensions/reference/api/events#type-UrlFilter). `undefined` when every
 * URL is a candidate. A filter, never a verdict, looser than `couldBeListed`:
 * - a URL with an escape or a non-ASCII character is always taken: decoding, accents and Unicode case are what
 *   make a word out of such a URL, and they are not worth spelling in a pattern (a needle with a non-ASCII
 *   letter can only come from one);
 * - otherwise the URL is ASCII, where folding only lower-cases and drops dots: a needle is its letters in either
 *   case with any dots between them, ended by anything that ends a word (or the URL). Nothing is asked of what
 *   comes before it: a longer word ending in it (a number with leading zeros) is taken too.
 */
export function candidateUrlPattern(needles: readonly string[]): string | undefined {
  if (needles.includes(ANY_URL)) return undefined;
  const ascii = needles.filter((needle) => /^[\x21-\x7e]+$/.test(needle));
  const letter = (c: string) =>
    /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  const words = ascii.map((needle) => [...needle].map(letter).join('\\.*'));
  const always = '%|[^\\x00-\\x7f]';
  return words.length === 0 ? always : `${always}|(?:${words.join('|')})(?:[^0-9A-Za-z]|$)`;
}
