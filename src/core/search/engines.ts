import type { SearchForm } from '../platforms';

/**
 * The search engines whose searches for him are caught, in one place: their domains, where their results
 * pages are and which parameter carries the query. Each platform's own search lives in its platform file.
 */
export interface SearchEngine {
  name: string;
  /** Registrable domains; their subdomains (www., html., lite., images., uk.…) are the engine too. */
  domains: readonly string[];
  forms: readonly SearchForm[];
}

/** Every engine but Google reads its query from one of these, on any of its pages. */
const ENGINE_QUERY: SearchForm = { path: 'any', params: ['q', 'p', 'text', 'query'] };

/**
 * Google's country domains (google.com/supported_domains). Google is the one engine whose `q` is also used for
 * other things (`/url?q=<a link>`), so only its `/search` pages count: web, images, news and videos alike.
 */
const GOOGLE_DOMAINS = [
  'google.com',
  ...'ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm cn cv cz de dj dk dm dz ee es fi fm fr ga ge gg gl gm gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg mk ml mn mu mv mw ne nl no nr nu pl pn ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm tn to tt vu ws'
    .split(' ')
    .map((tld) => `google.${tld}`),
  ...'ao bw ck cr id il in jp ke kr ls ma mz nz th tz ug uk uz ve vi za zm zw'
    .split(' ')
    .map((cc) => `google.co.${cc}`),
  ...'af ag ar au bd bh bn bo br bz co cu cy do ec eg et fj gh gi gt hk jm kh kw lb ly mm mt mx my na ng ni np om pa pe pg ph pk pr py qa sa sb sg sl sv tj tr tw ua uy vc vn'
    .split(' ')
    .map((cc) => `google.com.${cc}`),
];

export const SEARCH_ENGINES: readonly SearchEngine[] = [
  { name: 'Google', domains: GOOGLE_DOMAINS, forms: [{ path: 'search', params: ['q'] }] },
  // /search?q=, /images/search?q=, /videos/search?q=, /news/search?q=
  { name: 'Bing', domains: ['bing.com'], forms: [ENGINE_QUERY] },
  // /?q=, html.duckduckgo.com/html/?q=, lite.duckduckgo.com/lite/?q= (their forms post the query: see README)
  { name: 'DuckDuckGo', domains: ['duckduckgo.com'], forms: [ENGINE_QUERY] },
  // search.yahoo.com/search?p=, uk.search.yahoo.com, images.search.yahoo.com/search/images?p=
  { name: 'Yahoo', domains: ['search.yahoo.com', 'search.yahoo.co.jp'], forms: [ENGINE_QUERY] },
  // search.brave.com/search?q=, /images?q=, /news?q=, /videos?q=
  { name: 'Brave Search', domains: ['search.brave.com'], forms: [ENGINE_QUERY] },
  // www.ecosia.org/search?q=, /images?q=, /news?q=, /videos?q=
  { name: 'Ecosia', domains: ['ecosia.org'], forms: [ENGINE_QUERY] },
  // www.startpage.com/do/search?q=, /sp/search?query=
  { name: 'Startpage', domains: ['startpage.com'], forms: [ENGINE_QUERY] },
  // yandex.com/search/?text=, /images/search?text=, /video/search?text=, and its country domains
  {
    name: 'Yandex',
    domains: ['yandex.com', 'yandex.ru', 'yandex.com.tr', 'yandex.kz', 'yandex.by', 'yandex.uz', 'ya.ru'],
    forms: [ENGINE_QUERY],
  },
];

/** Match patterns for every engine's hosts: asked for when she first gives a name (src/permissions). */
export const SEARCH_ENGINE_HOST_PATTERNS: readonly string[] = SEARCH_ENGINES.flatMap((engine) =>
  engine.domains.map((domain) => `*://*.${domain}/*`),
);
