import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every word she reads comes from the catalogues: no letters in JSX text or in user-facing attributes. */

const UI = join(__dirname, '../ui');
const ROOT = join(__dirname, '../..');
const READ_ALOUD = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
]);
const WORDS = /\p{L}{2,}/u;

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

function hardCoded(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      READ_ALOUD.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing strings', () => {
  const files = components(UI);

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('are never hard-coded in a component', () => {
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('are caught when they are', () => {
    const probe = join(__dirname, 'fixtures/HardCoded.tsx.txt');
    expect(hardCoded(probe)).toEqual([
      'src/i18n/fixtures/HardCoded.tsx.txt:3 text "Go back"',
      'src/i18n/fixtures/HardCoded.tsx.txt:4 aria-label="Close"',
    ]);
  });
});
