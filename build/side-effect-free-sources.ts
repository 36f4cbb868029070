import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The project's `src/`, with forward slashes as in the bundler's module ids. */
const SOURCES = resolve(import.meta.dirname, '../src').replaceAll('\\', '/');

/** A TypeScript module under `src/` (never one in node_modules or entrypoints/). */
export const SOURCE_FILE = new RegExp(`^${SOURCES.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.+\\.tsx?$`);

/**
 * Importing a module under `src/` does nothing by itself: it only defines things; entrypoints/ is where
 * anything starts. Telling the bundler so lets it leave out what a page never uses, even behind the
 * `@/src/core` and `@/src/storage` indexes: a schema or stored item defined with a call at the top of a
 * module would otherwise be kept, with everything it imports, in every page that imports the index.
 */
export function sideEffectFreeSources(): Plugin {
  return {
    name: 'no-contact:side-effect-free-sources',
    config: () => ({
      build: {
        rolldownOptions: { treeshake: { moduleSideEffects: [{ test: SOURCE_FILE, sideEffects: false }] } },
      },
    }),
  };
}
