// HTML of the fake social site. Each page is a small template; the site's own inline scripts are fine here.

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A string literal safe to embed inside an inline <script>. */
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

function layout(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>.photo{width:120px;height:120px;background:#c9a;border-radius:50%}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** The visible part of a profile; also rendered client-side by the SPA page and by the service worker. */
export function profileMarkup(name: string, servedBy: 'network' | 'client' | 'service-worker'): string {
  const n = escapeHtml(name);
  return `<main id="profile" data-name="${n}"><h1>PROFILE ${n}</h1>
<div id="photo" class="photo" role="img" aria-label="photo of ${n}"></div>
<p id="served-by">${servedBy}</p></main>`;
}

export const profilePage = (name: string): string =>
  layout(`PROFILE ${name}`, profileMarkup(name, 'network'));

export const homePage = (host: string): string =>
  layout(
    `HOME ${host}`,
    `<h1 id="home">HOME ${escapeHtml(host)}</h1>
<form id="search-form" action="/search"><input name="q" aria-label="Search"><button>Search</button></form>`,
  );

/** A search engine's or a site's results page: what she searched for, as the site read it. */
export const resultsPage = (query: string): string =>
  layout(`RESULTS ${query}`, `<h1 id="results">RESULTS ${escapeHtml(query)}</h1>`);

/**
 * A site whose own search changes the URL in place, as X and Instagram do: pressing Enter in the box pushes
 * `<path>?<param>=<what she typed>` (encoded like encodeURIComponent, spaces as %20) and renders results
 * client-side.
 */
export function spaSearchPage(path: string, param: string): string {
  return layout(
    'SPA SEARCH',
    `<form id="spa-search"><input name="q" aria-label="Search"></form><div id="app"><h1>SPA SEARCH</h1></div>`,
    `const path = ${jsString(path)};
const param = ${jsString(param)};
const app = document.getElementById('app');
document.getElementById('spa-search').onsubmit = (e) => {
  e.preventDefault();
  const q = e.target.elements.q.value;
  history.pushState({}, '', path + '?' + param + '=' + encodeURIComponent(q));
  app.innerHTML = '<h1 id="results"></h1>';
  app.firstChild.textContent = 'RESULTS ' + q;
};`,
  );
}

/** Every way a page can leave for `to`: a link, a new-tab link, window.open and a location assignment. */
export function linksPage(to: string): string {
  const href = escapeHtml(to);
  return layout(
    'LINKS',
    `<h1 id="links">LINKS</h1>
<p><a id="link" href="${href}">same tab</a></p>
<p><a id="link-blank" href="${href}" target="_blank" rel="noopener">new tab</a></p>
<p><button id="window-open" type="button">window.open</button></p>
<p><button id="location-assign" type="button">location.href</button></p>`,
    `const to = ${jsString(to)};
document.getElementById('window-open').onclick = () => window.open(to, '_blank');
document.getElementById('location-assign').onclick = () => { location.href = to; };`,
  );
}

/**
 * A single-page app: the buttons change the URL with pushState/replaceState (no request reaches the server)
 * and render the profile of the last path segment client-side, like Instagram or X do.
 */
export function spaPage(to: string): string {
  return layout(
    'SPA',
    `<nav><button id="push" type="button">pushState</button>
<button id="replace" type="button">replaceState</button></nav><div id="app"><h1 id="spa">SPA</h1></div>`,
    `const to = ${jsString(to)};
const app = document.getElementById('app');
const render = () => {
  const name = location.pathname.split('/').filter(Boolean).pop() || '';
  document.title = 'PROFILE ' + name;
  app.innerHTML = ${jsString(profileMarkup('__NAME__', 'client'))}.split('__NAME__').join(name);
};
document.getElementById('push').onclick = () => { history.pushState({}, '', to); render(); };
document.getElementById('replace').onclick = () => { history.replaceState({}, '', to); render(); };
window.addEventListener('popstate', render);`,
  );
}

export const metaRefreshPage = (to: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>REFRESH</title>
<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}"></head><body><h1>REFRESH</h1></body></html>`;

/** Registers /sw.js for the whole origin; `#sw-status` reads "controlled" once the worker controls the page. */
export const serviceWorkerPage = (): string =>
  layout(
    'SERVICE WORKER',
    `<h1>SERVICE WORKER</h1><p id="sw-status">registering</p>`,
    `const status = document.getElementById('sw-status');
const done = () => { status.textContent = 'controlled'; };
navigator.serviceWorker.addEventListener('controllerchange', done);
navigator.serviceWorker.register('/sw.js', { scope: '/' })
  .then(() => { if (navigator.serviceWorker.controller) done(); })
  .catch((e) => { status.textContent = 'error: ' + e.message; });`,
  );

/** Unregisters every worker of the origin; `#sw-status` reads "unregistered" when done. */
export const serviceWorkerOffPage = (): string =>
  layout(
    'SERVICE WORKER OFF',
    `<h1>SERVICE WORKER OFF</h1><p id="sw-status">unregistering</p>`,
    `navigator.serviceWorker.getRegistrations()
  .then((rs) => Promise.all(rs.map((r) => r.unregister())))
  .then(() => { document.getElementById('sw-status').textContent = 'unregistered'; });`,
  );

/**
 * The site's service worker answers every navigation itself, without the network, except the /sw* pages
 * (so a test can still reach /sw-off). Its pages say "service-worker" in `#served-by`.
 */
export const serviceWorkerScript =
  (): string => `const markup = ${jsString(profileMarkup('__NAME__', 'service-worker'))};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.mode !== 'navigate' || url.pathname.startsWith('/sw')) return;
  const name = url.pathname.split('/').filter(Boolean).pop() || '';
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>PROFILE ' + name + '</title></head><body>'
    + markup.split('__NAME__').join(name) + '</body></html>';
  event.respondWith(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
});`;
