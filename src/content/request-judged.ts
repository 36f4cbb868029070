import { spelledPastRedirectRules } from '@/src/core/redirect-blind-spots';

/**
 * Whether this document must stay covered until her list is read, because no request rule could have judged
 * it. A document that came from the network already passed the first layer: Chrome's redirect rules or
 * Firefox's blocking webRequest listener send a listed profile to the interstitial before its request leaves
 * the browser, so such a document is not on her list and may paint at once. The exceptions:
 * - a page answered by the site's own service worker: no network request, so no rule sees it (Chrome's DNR
 *   docs, "requests handled by service workers"). Chrome reports it in the navigation's `workerStart`;
 *   Firefox 153 leaves `workerStart` at 0 there but sets the page's service-worker controller, so both count.
 *   A page the worker only passes to the network counts too: covering it is the cautious mistake.
 * - a URL spelled in a way the rules cannot read (redirect-blind-spots.ts).
 * Back/forward restores are not documents starting: the guard's `pageshow` listener covers them.
 * What the rules know they miss (targets past their budget) gets its own cover script (cover-until-checked).
 */
export function mustCheckBeforePaint(win: Window): boolean {
  return answeredByServiceWorker(win) || spelledPastRedirectRules(win.location.href);
}

function answeredByServiceWorker(win: Window): boolean {
  try {
    if (win.navigator.serviceWorker?.controller) return true;
  } catch {
    // Service workers are off limits to this document (a sandboxed origin throws): none answered it.
  }
  const entry = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return (entry?.workerStart ?? 0) > 0;
}
