/**
 * URL spellings that the redirect rules (dnr-rules.ts) cannot judge. Chrome hands declarativeNetRequest the URL
 * as written, percent-escapes and all (it does not decode `%6E` to `n` in a path), and the rules match handles
 * literally, so `/ex%6Eame/` reaches the site although the matcher reads it as `/exname/`. Non-ASCII characters
 * are no blind spot: the browser always escapes them and the rules carry them escaped (`handleInUrl`); nor are
 * escaped separators (`?next=https%3A%2F%2F…`): no handle contains one, and a link shim's target is judged when
 * the shim redirects to it. Firefox's webRequest guard uses the matcher itself and has no such gap, but a page
 * needs no different treatment there.
 */

/** An escaped letter, digit, `-`, `.`, `@`, `_` or `~`: what a handle (or `@handle`) can be written with. */
const ESCAPED_HANDLE_CHARACTER = /%(?:2[de]|3\d|[46][\da-f]|5[\daf]|7[\dae])/i;

/** Whether a full navigation to `url` may have passed the redirect rules only because of how it is spelled. */
export function spelledPastRedirectRules(url: string): boolean {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#');
  const rest = start < 0 ? '' : url.slice(start, hash < 0 ? undefined : hash);
  return ESCAPED_HANDLE_CHARACTER.test(rest);
}
