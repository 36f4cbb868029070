import { hostOf, parseHttpUrl } from './normalize';

/**
 * The page a wrapper URL shows or leads to: an archived copy (`web.archive.org/web/2025/<url>`),
 * a platform's outbound link shim, or Google Translate's proxy. A profile seen through a wrapper is
 * still that profile.
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
  if (host.endsWith(TRANSLATE_PROXY)) return fromTranslateProxy(url, host);
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

const TRANSLATE_PROXY = '.translate.goog';

/**
 * Google Translate's proxy serves a page of any site at `<host spelled as one label>.translate.goog`,
 * same path, plus its own `_x_tr_*` parameters: dots of the host become `-`, its hyphens `--`
 * (`www-instagram-com.translate.goog` is www.instagram.com, `my--site-com…` is my-site.com).
 */
export function translatedHost(label: string): string | undefined {
  if (label === '' || label.includes('.')) return undefined;
  const host = label.replace(/--|-/g, (run) => (run === '--' ? '-' : '.'));
  return /^[a-z0-9]/.test(host) && !host.includes('..') && host.includes('.') ? host : undefined;
}

function fromTranslateProxy(url: URL, host: string): URL | undefined {
  const original = translatedHost(host.slice(0, -TRANSLATE_PROXY.length));
  if (!original) return undefined;
  const inner = new URL(url.href);
  inner.hostname = original;
  if (inner.hostname !== original) return undefined;
  for (const key of [...inner.searchParams.keys()]) {
    if (key.startsWith('_x_tr_')) inner.searchParams.delete(key);
  }
  return inner;
}
