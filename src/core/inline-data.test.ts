import { describe, expect, it } from 'vitest';
import { inlineData, inlineDataCode, onInlineData } from './inline-data';

/** Runs generated code the way a content script would, `scope` standing for its global. */
function run(code: string, scope: object): void {
  new Function('globalThis', code)(scope);
}

describe('inline data', () => {
  it('sets the value for the scripts that start after it', () => {
    const scope = {};
    expect(inlineData('list', scope)).toBeUndefined();
    run(inlineDataCode('list', { version: 1, needles: ['exname'] }), scope);
    expect(inlineData('list', scope)).toEqual({ version: 1, needles: ['exname'] });
  });

  it('tells the scripts already running, and keeps going past a listener that throws', () => {
    const scope = {};
    const heard: unknown[] = [];
    onInlineData(
      'list',
      () => {
        throw new Error('broken');
      },
      scope,
    );
    onInlineData('list', (v) => heard.push(v), scope);
    run(inlineDataCode('list', ['a']), scope);
    run(inlineDataCode('list', ['b']), scope);
    expect(heard).toEqual([['a'], ['b']]);
    expect(inlineData('list', scope)).toEqual(['b']);
  });

  it('keeps keys apart', () => {
    const scope = {};
    run(inlineDataCode('a', 1), scope);
    expect(inlineData('b', scope)).toBeUndefined();
  });

  it.each([
    ['a quote and a script end', '"</script><script>alert(1)</script>'],
    ['line and paragraph separators', 'x\u2028y\u2029z'],
    ['backslashes and backticks', '\\`\u0024{1}`'],
  ])('carries %s as data, never as code', (_, text) => {
    const scope = {};
    run(inlineDataCode('k', { text }), scope);
    expect(inlineData('k', scope)).toEqual({ text });
  });
});
