import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_NOW, screenshotStorage } from './screenshot-data';

/** The committed store screenshots (`npm run screenshots`): every page, both schemes, each language, 1280×800. */

const ROOT = join(__dirname, '..');
const LOCALES = readdirSync(join(ROOT, 'public/_locales')).sort();
const PAGES = ['interstitial', 'popup', 'options', 'welcome'];

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store screenshots', () => {
  it('exist for every language, page and colour scheme, and nothing else', () => {
    const want = LOCALES.flatMap((l) =>
      PAGES.flatMap((p) => [`${l}/${p}-dark.png`, `${l}/${p}-light.png`]),
    ).sort();
    const have = readdirSync(join(ROOT, 'store/screenshots'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(have).toEqual(want);
  });

  it.each(LOCALES)('%s: 1280×800, as both stores take them', (locale) => {
    for (const page of PAGES)
      for (const scheme of ['light', 'dark'])
        expect([
          page,
          scheme,
          pngSize(join(ROOT, 'store/screenshots', locale, `${page}-${scheme}.png`)),
        ]).toEqual([page, scheme, { width: 1280, height: 800 }]);
  });
});

describe('screenshot data', () => {
  it.each(LOCALES)('%s: her record lies before the evening shown, the pending change after it', (locale) => {
    const data = screenshotStorage(locale) as {
      events: { at: number }[];
      pending: { effectiveAt: number }[];
    };
    expect(data.events.filter((e) => e.at >= SCREENSHOT_NOW)).toEqual([]);
    expect(data.pending.every((c) => c.effectiveAt > SCREENSHOT_NOW)).toBe(true);
  });
});
