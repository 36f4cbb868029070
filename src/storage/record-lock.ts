/**
 * One change to her record at a time, across every page of the extension and its background. Each change reads
 * the record, adds to it and writes it back: two at once (the interstitial counting an urge while sync merges
 * another browser's record, the heartbeat compacting while she saves "No contact since") would keep only the
 * last write, and an event she recorded would be gone. Web Locks are shared by all contexts of the extension's
 * origin, its service worker included (https://developer.mozilla.org/docs/Web/API/Web_Locks_API); where they are
 * missing (unit tests in Node), changes made in one context still wait for each other.
 *
 * Not reentrant: code inside a change must not start another one.
 */
const LOCK_NAME = 'no-contact-record';

let queue: Promise<unknown> = Promise.resolve();

export function changeRecord<T>(change: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(LOCK_NAME, change) as Promise<T>;
  const run = queue.then(change, change);
  queue = run.catch(() => undefined);
  return run;
}
