import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILE } from './side-effect-free-sources';

const root = resolve(import.meta.dirname, '..').replaceAll('\\', '/');

describe('SOURCE_FILE', () => {
  it('is every TypeScript module under src/, and nothing else', () => {
    expect(SOURCE_FILE.test(`${root}/src/core/match.ts`)).toBe(true);
    expect(SOURCE_FILE.test(`${root}/src/ui/popup/PopupApp.tsx`)).toBe(true);
    expect(SOURCE_FILE.test(`${root}/src/ui/popup/popup.css`)).toBe(false);
    expect(SOURCE_FILE.test(`${root}/entrypoints/popup/main.tsx`)).toBe(false);
    expect(SOURCE_FILE.test(`${root}/node_modules/some-package/src/index.ts`)).toBe(false);
    expect(SOURCE_FILE.test(`/elsewhere${root}/src/core/match.ts`)).toBe(false);
  });
});
