/**
 * Values handed to in-page scripts inside their own code, so a script knows them the moment it starts: no
 * storage read, no extension call. Firefox registers run-time content scripts with inline code
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/contentScripts/register, `js: [{ code }]`),
 * and the content scripts of one extension share one global per frame, so a value set by that code is there
 * for the extension's other scripts in the page. Chrome's `scripting.registerContentScripts` takes files only:
 * its scripts read storage as before, which is also every script's fallback when no value has arrived.
 *
 * Plain JavaScript on both ends: `inlineDataCode` writes the code (background), `inlineData`/`onInlineData`
 * read it (in-page scripts).
 */
type Listener = (value: unknown) => void;

const valueSlot = (key: string) => Symbol.for(`no-contact.inline.${key}`);
const listenersSlot = (key: string) => Symbol.for(`no-contact.inline.${key}.listeners`);
type Scope = Record<symbol, unknown>;

/**
 * Code that sets the value of `key` in the page's content-script global and tells the scripts listening for it.
 * `value` must survive JSON; the code holds nothing else, so a page cannot inject anything through it.
 */
export function inlineDataCode(key: string, value: unknown): string {
  const k = JSON.stringify(key);
  // JSON is a subset of JavaScript once U+2028/U+2029 are escaped (they end a line in older engines).
  const v = JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return (
    `(()=>{const g=globalThis,v=${v};g[Symbol.for("no-contact.inline."+${k})]=v;` +
    `for(const f of g[Symbol.for("no-contact.inline."+${k}+".listeners")]??[])try{f(v)}catch{}})();`
  );
}

/** The value last set for `key` in this frame, or `undefined` when none has arrived. */
export function inlineData(key: string, scope: object = globalThis): unknown {
  return (scope as Scope)[valueSlot(key)];
}

/** Calls `listener` with every value set for `key` from now on (a later registration, or a push to open tabs). */
export function onInlineData(key: string, listener: Listener, scope: object = globalThis): void {
  const slot = listenersSlot(key);
  const s = scope as Scope;
  const listeners = (s[slot] as Set<Listener> | undefined) ?? new Set<Listener>();
  s[slot] = listeners;
  listeners.add(listener);
}
