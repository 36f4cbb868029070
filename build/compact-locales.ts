import { readFile } from 'node:fs/promises';
import type { ResolvedPublicFile, Wxt } from 'wxt';

type Entry = { description?: unknown };

const CATALOGUE = /^_locales\/[^/]+\/messages\.json$/;

/**
 * The message catalogues in `public/_locales` are written for translators: indented, and free to carry a
 * `description` per message. The browser reads only `message` and `placeholders`, so the package gets each
 * catalogue without descriptions or whitespace (a `build:publicAssets` hook in wxt.config.ts).
 */
export async function compactLocales(_wxt: Wxt, files: ResolvedPublicFile[]): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (!CATALOGUE.test(file.relativeDest.replaceAll('\\', '/')) || !('absoluteSrc' in file)) continue;
    const catalogue = JSON.parse(await readFile(file.absoluteSrc, 'utf8')) as Record<string, object>;
    const shipped: Record<string, object> = {};
    for (const [key, { description: _, ...entry }] of Object.entries(catalogue) as [string, Entry][])
      shipped[key] = entry;
    files[i] = { relativeDest: file.relativeDest, contents: JSON.stringify(shipped) };
  }
}
