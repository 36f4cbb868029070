/**
 * Bundle sizes (a report: sizes are watched, not budgeted): the background, each page's scripts, the content
 * scripts and the whole package, minified and gzipped. Reads the production builds in `.output/`, or in
 * `NO_CONTACT_OUT_DIR` when the build went there (run `npm run build` first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
// The same folder wxt.config.ts builds into.
const OUT_DIR = resolve(ROOT, process.env.NO_CONTACT_OUT_DIR ?? '.output');
const KB = 1000;

interface Row {
  what: string;
  bytes: number;
  gzip: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The scripts a page loads: its entry chunk and every chunk that chunk imports, followed transitively. */
function pageScripts(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]|import\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
    )) {
      visit(join(file, '..', (m[1] ?? m[2]) as string));
    }
  };
  const page = readFileSync(join(dir, html), 'utf8');
  for (const m of page.matchAll(/src="\/?([^"]+\.js)"/g)) visit(join(dir, m[1] as string));
  return [...seen];
}

function sizeOf(paths: string[]): { bytes: number; gzip: number } {
  return paths.reduce(
    (acc, p) => {
      const data = readFileSync(p);
      return { bytes: acc.bytes + data.length, gzip: acc.gzip + gzipSync(data).length };
    },
    { bytes: 0, gzip: 0 },
  );
}

function rowsFor(build: string): Row[] {
  const dir = join(OUT_DIR, build);
  if (!existsSync(dir)) return [];
  const rows: Row[] = [{ what: `${build} background`, ...sizeOf([join(dir, 'background.js')]) }];
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    rows.push({ what: `${build} ${html}`, ...sizeOf(pageScripts(dir, html)) });
  }
  // The in-page scripts are plain scripts at the package's root (entrypoints/in-page-guard.ts and the ones
  // registered at run time); everything else at the root is a page's HTML or the background.
  for (const script of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'background.js')) {
    rows.push({ what: `${build} ${script} (in-page)`, ...sizeOf([join(dir, script)]) });
  }
  const all = files(dir).filter((f) => statSync(f).isFile());
  rows.push({ what: `${build} whole package`, ...sizeOf(all) });
  return rows;
}

export function runBundleSizeBench(): void {
  const rows = ['chrome-mv3', 'firefox-mv2'].flatMap(rowsFor);
  if (rows.length === 0) {
    console.log(`bundle size: no build in ${OUT_DIR} — run \`npm run build\` first`);
    return;
  }
  console.log('\nBundle size (minified, and gzipped as a store download would be)');
  console.table(
    rows.map((r) => ({ what: r.what, kB: (r.bytes / KB).toFixed(1), 'kB gzip': (r.gzip / KB).toFixed(1) })),
  );
}
