import { hostOf } from '../normalize';
import { platformOfHost, type SearchForm } from '../platforms';
import { SEARCH_ENGINES, type SearchEngine } from './engines';

const ENGINE_BY_DOMAIN = new Map<string, SearchEngine>();
for (const engine of SEARCH_ENGINES)
  for (const domain of engine.domains) ENGINE_BY_DOMAIN.set(domain, engine);

/** Hosts already looked up: a browser visits few, and each page's URL is matched more than once. */
const engineOfHostSeen = new Map<string, SearchEngine | null>();
const MAX_HOSTS_SEEN = 512;

/** The engine a host belongs to, by walking up its labels: `uk.search.yahoo.com` → Yahoo. */
export function engineOfHost(host: string): SearchEngine | undefined {
  const seen = engineOfHostSeen.get(host);
  if (seen !== undefined) return seen ?? undefined;
  if (engineOfHostSeen.size >= MAX_HOSTS_SEEN) engineOfHostSeen.clear();
  const engine = walkToEngine(host);
  engineOfHostSeen.set(host, engine ?? null);
  return engine;
}

function walkToEngine(host: string): SearchEngine | undefined {
  let candidate = host;
  for (;;) {
    const engine = ENGINE_BY_DOMAIN.get(candidate);
    if (engine) return engine;
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

/** Whether the URL is one of the form's results pages (the same test as its rule in name-rules.ts). */
export function onFormPath(form: SearchForm, url: URL): boolean {
  return form.path === 'any' || url.pathname.toLowerCase().includes('/search');
}

/**
 * What she searched for, when the URL is a results page of a search engine or of a platform's own search:
 * the query parameters' values, decoded (`+` and `%20` read as spaces). Empty for any other URL. `posted`: the
 * fields of a form sent with the request (DuckDuckGo's html and lite pages post the query), read the same way.
 */
export function searchTexts(url: URL, posted?: Readonly<Record<string, readonly string[]>>): string[] {
  if (url.search.length < 3 && !posted) return [];
  const host = hostOf(url);
  const forms = engineOfHost(host)?.forms ?? platformOfHost(host)?.rules.search;
  if (!forms) return [];
  const texts: string[] = [];
  for (const form of forms) {
    if (!onFormPath(form, url)) continue;
    texts.push(...paramValues(url.search, form.params));
    for (const param of form.params)
      if (posted && Object.hasOwn(posted, param)) texts.push(...(posted[param] ?? []));
  }
  return texts;
}

/**
 * The values of these parameters in a query string, decoded as forms encode them (`+` is a space). Cheaper than
 * building a URLSearchParams for the one or two parameters asked for; a malformed escape is read as it stands.
 */
export function paramValues(search: string, names: readonly string[]): string[] {
  const values: string[] = [];
  let start = search.startsWith('?') ? 1 : 0;
  while (start < search.length) {
    let end = search.indexOf('&', start);
    if (end < 0) end = search.length;
    const eq = search.indexOf('=', start);
    if (eq > start && eq < end && names.includes(search.slice(start, eq)))
      values.push(decodeValue(search.slice(eq + 1, end)));
    start = end + 1;
  }
  return values;
}

function decodeValue(raw: string): string {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
