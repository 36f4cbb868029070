// A local HTTPS server that plays every social site (any Host header) and records each request it gets,
// so a test can prove that no request reached a blocked profile.

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { directPage } from './direct-pages';
import {
  homePage,
  linksPage,
  metaRefreshPage,
  profilePage,
  resultsPage,
  serviceWorkerOffPage,
  serviceWorkerPage,
  serviceWorkerScript,
  spaPage,
  spaSearchPage,
} from './fake-pages';
import { feedPage, feedSize, hisPosts } from './feed-pages';
import { CERTS_DIR, LOOPBACK } from './paths';
import { platformFeedPage } from './platform-feeds';
import { probePage } from './probe-page';
import { whatsappWebPage } from './whatsapp-web-page';

export interface SiteRequest {
  /** Host name without port, lowercase: `www.instagram.com`. */
  host: string;
  /** Path with query string: `/exname/?hl=en`. */
  path: string;
  method: string;
  /** `Date.now()` when the request arrived. */
  time: number;
  /** `Sec-Fetch-Dest` (`document`, `script`, …); empty when the browser did not send it. */
  dest: string;
  /** `Origin` and `Referer` headers; empty when absent. A request from an extension context names it here. */
  origin: string;
  referer: string;
}

export interface FakeSite {
  port: number;
  /** Every request so far, oldest first. */
  readonly requests: readonly SiteRequest[];
  /** Requests to `host` whose path (without query) equals `path` or starts with `path` + '/'. */
  requestsTo(host: string, path: string): SiteRequest[];
  waitForRequest(predicate: (r: SiteRequest) => boolean, timeoutMs?: number): Promise<SiteRequest>;
  clearRequests(): void;
  close(): Promise<void>;
}

export interface FakeSiteOptions {
  /** 0 (default) picks a free port; Firefox needs 443 (see browsers.ts). */
  port?: number;
}

/** First path segments that are pages of the site, not profiles. */
const RESERVED = new Set([
  'r',
  'links',
  'spa',
  'spa-search',
  'refresh',
  'sw',
  'sw-off',
  'sw.js',
  'favicon.ico',
  '__frames',
  'probe',
  'feed',
  'nc-feed',
  'direct',
]);

type Handler = (url: URL, res: ServerResponse) => void;

/**
 * `no-cache`: every load still asks the site (so requests are counted), and the page may enter the back/forward
 * cache in both browsers, as real pages do. Firefox keeps no `no-store` page there, so the bfcache paths would
 * not be tested in it.
 */
const html = (res: ServerResponse, body: string, status = 200): void => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
};

const target = (url: URL): string => url.searchParams.get('to') ?? '/';

const routes: Record<string, Handler> = {
  r: (url, res) => {
    const status = Number(url.searchParams.get('status') ?? 302);
    res.writeHead(status, { location: target(url), 'cache-control': 'no-store' });
    res.end();
  },
  links: (url, res) => html(res, linksPage(target(url))),
  feed: (url, res) => html(res, feedPage(feedSize(url), hisPosts(url))),
  'nc-feed': (url, res) => html(res, platformFeedPage(url.hostname)),
  spa: (url, res) => html(res, spaPage(target(url))),
  'spa-search': (url, res) =>
    html(res, spaSearchPage(url.searchParams.get('path') ?? '/search', url.searchParams.get('param') ?? 'q')),
  refresh: (url, res) => html(res, metaRefreshPage(target(url))),
  sw: (_url, res) => html(res, serviceWorkerPage()),
  'sw-off': (_url, res) => html(res, serviceWorkerOffPage()),
  'sw.js': (_url, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(serviceWorkerScript());
  },
  'favicon.ico': (_url, res) => {
    res.writeHead(204);
    res.end();
  },
  // Instagram's Direct: the inbox and threads addressed by id (direct-pages.ts).
  direct: (_url, res) => html(res, directPage()),
  // Tries to reach the extension the way any site could (probe-page.ts).
  probe: (url, res) => html(res, probePage(url.searchParams.getAll('u'), url.searchParams.get('frame'))),
  // Frame counts reported by frame-counter.ts; the request log is what the tests read.
  __frames: (_url, res) => {
    res.writeHead(204);
    res.end();
  },
};

/** The parameters search engines and sites put a query in (src/core/search/engines.ts, platform files). */
const QUERY_PARAMS = ['q', 'p', 'text', 'query', 'search_query', 'keywords'];

function route(url: URL, res: ServerResponse): void {
  // `?isolated`: the page is cross-origin isolated, which gives its paint timing a fine resolution (otherwise
  // Chromium reports first contentful paint in 4 ms steps): bench/paint-cost.ts.
  if (url.searchParams.has('isolated')) {
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-embedder-policy', 'require-corp');
  }
  const first = url.pathname.split('/').filter(Boolean)[0];
  const handler = first !== undefined && RESERVED.has(first) ? routes[first] : undefined;
  const query = QUERY_PARAMS.map((p) => url.searchParams.get(p)).find((q) => q !== null);
  if (handler) handler(url, res);
  // WhatsApp Web: its one page, whatever chat is open (whatsapp-web-page.ts).
  else if (url.hostname === 'web.whatsapp.com') html(res, whatsappWebPage());
  // Any page with a query is a results page: /search?q=, /?q= (DuckDuckGo), /results?search_query=…
  else if (query !== undefined && query !== null) html(res, resultsPage(query));
  else if (first === undefined) html(res, homePage(url.hostname));
  // Any other path is the profile named by its first segment (`/name/`, `/name/reels/`, `/@name`).
  else html(res, profilePage(safeDecode(first)));
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const pathOnly = (path: string): string => path.split('?')[0] ?? path;

export async function startFakeSite(options: FakeSiteOptions = {}): Promise<FakeSite> {
  const requests: SiteRequest[] = [];
  const waiters = new Set<(r: SiteRequest) => void>();

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    const entry: SiteRequest = {
      host,
      path: url.pathname + url.search,
      method: req.method ?? 'GET',
      time: Date.now(),
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      origin: String(req.headers.origin ?? ''),
      referer: String(req.headers.referer ?? ''),
    };
    requests.push(entry);
    for (const w of waiters) w(entry);
    route(url, res);
  };

  const server = createServer(
    { key: readFileSync(join(CERTS_DIR, 'key.pem')), cert: readFileSync(join(CERTS_DIR, 'cert.pem')) },
    onRequest,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    get requests() {
      return requests;
    },
    requestsTo: (host, path) => {
      const prefix = path.replace(/\/+$/, '').toLowerCase();
      return requests.filter((r) => {
        const p = pathOnly(r.path).replace(/\/+$/, '').toLowerCase();
        return r.host === host.toLowerCase() && (p === prefix || p.startsWith(`${prefix}/`));
      });
    },
    waitForRequest: (predicate, timeoutMs = 10_000) => {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake site: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = (r: SiteRequest): void => {
          if (!predicate(r)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(r);
        };
        waiters.add(check);
      });
    },
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
