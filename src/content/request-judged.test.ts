import { describe, expect, it } from 'vitest';
import { mustCheckBeforePaint } from './request-judged';

interface Doc {
  href?: string;
  controller?: object | null;
  workerStart?: number;
  /** `navigator.serviceWorker` throws (a sandboxed document). */
  throws?: boolean;
  noEntry?: boolean;
}

function windowOf({
  href = 'https://www.instagram.com/exnamesake/',
  controller = null,
  workerStart = 0,
  throws,
  noEntry,
}: Doc) {
  const navigator = throws
    ? Object.defineProperty({}, 'serviceWorker', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      })
    : { serviceWorker: { controller } };
  return {
    location: { href },
    navigator,
    performance: { getEntriesByType: () => (noEntry ? [] : [{ workerStart }]) },
  } as unknown as Window;
}

describe('mustCheckBeforePaint', () => {
  it.each<[string, Doc, boolean]>([
    ['a page from the network', {}, false],
    ['a page with no navigation entry', { noEntry: true }, false],
    ["a page the site's worker answered (Chrome: workerStart)", { workerStart: 3.1 }, true],
    ["a page the site's worker controls (Firefox: workerStart stays 0)", { controller: {} }, true],
    ['a sandboxed page, whose worker access throws', { throws: true }, false],
    ['a sandboxed page a worker answered all the same', { throws: true, workerStart: 2 }, true],
    ['a handle spelled with an escaped letter', { href: 'https://www.instagram.com/ex%6Eame/' }, true],
    ['a query with escaped separators only', { href: 'https://x.com/search?q=a%20b%26c' }, false],
  ])('%s → %s', (_, doc, expected) => {
    expect(mustCheckBeforePaint(windowOf(doc))).toBe(expected);
  });
});
