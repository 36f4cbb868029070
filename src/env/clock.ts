/** The edge's clock: core takes time and time zone as parameters; pages and the worker read them here. */

export function now(): number {
  return Date.now();
}

/** The browser's current time zone; read on each use because she may travel. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
