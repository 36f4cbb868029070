/**
 * The few extension calls the in-page scripts make, taken from the browser itself rather than through
 * webextension-polyfill: these scripts start in every platform page at document start, where evaluating the
 * polyfill's wrappers was a measurable part of their cost (bench/paint-cost.ts). Firefox's `browser` returns
 * promises; so does Chrome's `chrome` in Manifest V3 when no callback is passed
 * (https://developer.chrome.com/docs/extensions/develop/migrate/api-calls#replace-callbacks).
 */
export interface StorageChange {
  newValue?: unknown;
}

export interface ContentApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

/** The extension API of this content script, or `undefined` when the extension is gone (updated, removed). */
export function contentApi(): ContentApi | undefined {
  const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  // One at a time: in Firefox each of `browser` and `chrome` builds its bindings on first touch.
  if (scope.browser?.runtime?.id) return scope.browser;
  return scope.chrome?.runtime?.id ? scope.chrome : undefined;
}
