/**
 * URL normalisation shared by recognition, matching and target parsing.
 * Everything starts from WHATWG `URL`, which already lower-cases the host, applies IDNA,
 * drops default ports and resolves `.`/`..` segments.
 */

/** Parses an absolute http(s) URL; anything else (other schemes, junk) gives `undefined`. */
export function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}

/** Lower-case host without the trailing dot of a fully qualified name (`instagram.com.` is the same site). */
export function hostOf(url: URL): string {
  const host = url.hostname;
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

export function stripWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** `www.`, `m.` and `mobile.` in front of a site's host name the same site. */
const SAME_SITE_PREFIX = /^(?:www|m|mobile)\./;
/** Two-label public suffixes, so that `m.co.uk` is not taken for a prefix of `co.uk`. */
const SHARED_SUFFIX = /^(?:co|com|org|net|gov|edu|ac|ne|or)\.[a-z]{2}$/;

/**
 * The host a site target is stored and compared under: lower-case, no trailing dot, no `www.`, `m.`
 * or `mobile.` in front (`mobile.de`, a site of its own, keeps its name).
 */
export function siteHost(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, '');
  const rest = bare.replace(SAME_SITE_PREFIX, '');
  return rest !== bare && rest.includes('.') && !SHARED_SUFFIX.test(rest) ? rest : bare;
}

/** Decodes one path segment; a malformed escape leaves the segment as it was. */
export function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The first `limit` path segments, percent-decoded, with empty ones dropped: `//name/` and `/name`
 * read the same, and `/sam.river%73_` reads as `sam.rivers_`. Profile URLs are decided by their
 * first few segments, so the rest of a long path is not worth splitting.
 */
export function pathSegments(url: URL, limit = 6): string[] {
  const path = url.pathname;
  const segments: string[] = [];
  let start = 1;
  while (start <= path.length && segments.length < limit) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    if (end > start) segments.push(decodeSegment(path.slice(start, end)));
    start = end + 1;
  }
  return segments;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * A site path in one spelling: no empty segments, no trailing slash, percent-escapes of unreserved
 * characters decoded and the rest upper-cased. Escapes of other characters stay, so that
 * `/a%2Fb` (one segment) never reads as `/a/b` (two).
 */
export function normalizeSitePath(pathname: string): string {
  const segments = pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) =>
      s.replace(/%([0-9A-Fa-f]{2})/g, (encoded, hex: string) => {
        const char = String.fromCharCode(Number.parseInt(hex, 16));
        return UNRESERVED.test(char) ? char : encoded.toUpperCase();
      }),
    );
  return segments.length === 0 ? '/' : `/${segments.join('/')}`;
}
