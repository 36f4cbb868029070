import { hostOf, parseHttpUrl } from './normalize';

/**
 * The page a wrapper URL shows or leads to: an archived copy (`web.archive.org/web/2025/<url>`)
 * or a platform's outbound link shim. A profile seen through a wrapper is still that profile.
 */
export function unwrapEmbeddedUrl(url: URL): URL | undefined {
  const host = hostOf(url);
  if (host === 'web.archive.org') return fromArchive(url);
  if (host === 'l.facebook.com' || host === 'lm.facebook.com' || host === 'l.instagram.com') {
    return fromParam(url, 'u');
  }
  if (host === 'www.google.com' || host === 'google.com') {
    return url.pathname === '/url' ? (fromParam(url, 'q') ?? fromParam(url, 'url')) : undefined;
  }
  return undefined;
}

// Wayback URLs look like /web/<timestamp><flags>/<original URL, scheme optional>.
const ARCHIVED = /^\/web\/[^/]*\/(.+)$/;

function fromArchive(url: URL): URL | undefined {
  const found = ARCHIVED.exec(url.pathname);
  if (!found?.[1]) return undefined;
  const original = `${found[1]}${url.search}${url.hash}`;
  return parseHttpUrl(/^https?:/i.test(original) ? original : `https://${original}`);
}

function fromParam(url: URL, name: string): URL | undefined {
  const value = url.searchParams.get(name);
  return value ? parseHttpUrl(value) : undefined;
}
