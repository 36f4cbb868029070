/**
 * How a tab reached the interstitial, passed in its query string (`?arrival=`), because it decides
 * what "Go back" must skip and whether she was heading for him:
 * - `redirect`: the navigation was stopped before the profile loaded; the entry before is safe.
 * - `after-page`: the profile had committed (in-page URL change, a page from the site's own worker,
 *   back/forward); its entry sits just before the interstitial and must be skipped.
 * - `swept`: the tab was already showing the page when it was listed (or when the browser started):
 *   not an urge, and the entry before is the profile too.
 */
export type Arrival = 'redirect' | 'after-page' | 'swept';

const ARRIVALS: readonly Arrival[] = ['redirect', 'after-page', 'swept'];

export function parseArrival(search: string): Arrival {
  const value = new URLSearchParams(search).get('arrival');
  return (ARRIVALS as readonly string[]).includes(value ?? '') ? (value as Arrival) : 'redirect';
}

/** History entries "Go back" steps over: the profile's own entry stays behind when it had loaded. */
export function entriesToSkip(arrival: Arrival): number {
  return arrival === 'redirect' ? 1 : 2;
}
