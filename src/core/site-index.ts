import { hostOf, normalizeSitePath, siteHost } from './normalize';
import type { SiteTarget } from './target';

/**
 * Site targets by host (without `www.`, `m.`, `mobile.`), then by lower-cased path. A URL is looked up once per prefix of its own
 * path (`/`, `/blog`, `/blog/2026`, …), so the cost follows the URL's depth, not the number of
 * targets, and `/blog` never matches `/blogroll` (segments are compared whole).
 */
export class SiteIndex {
  private readonly byHost = new Map<string, Map<string, SiteTarget>>();

  add(target: SiteTarget): void {
    // Same spelling rules as URLs get, so a hand-edited `WWW.Example.org./Blog/` still works.
    const host = siteHost(target.host);
    let paths = this.byHost.get(host);
    if (!paths) {
      paths = new Map();
      this.byHost.set(host, paths);
    }
    paths.set(normalizeSitePath(target.path).toLowerCase(), target);
  }

  get size(): number {
    return this.byHost.size;
  }

  match(url: URL): SiteTarget | undefined {
    const paths = this.byHost.get(siteHost(hostOf(url)));
    if (!paths) return undefined;
    const whole = paths.get('/');
    if (whole) return whole;
    const path = normalizeSitePath(url.pathname).toLowerCase();
    // Shorter prefixes first: any target that covers the URL blocks it.
    let end = path.indexOf('/', 1);
    while (end !== -1) {
      const hit = paths.get(path.slice(0, end));
      if (hit) return hit;
      end = path.indexOf('/', end + 1);
    }
    return paths.get(path);
  }
}
