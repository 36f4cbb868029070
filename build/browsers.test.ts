import { describe, expect, it } from 'vitest';
import { devBinaries, sandboxArgs, testBrowserBinary } from './browsers';

describe('devBinaries', () => {
  const anyFile = { exists: () => true, warn: () => {} };

  it.each([
    [{}, {}],
    [{ CHROME_PATH: '' }, {}],
    [{ CHROME_PATH: '/opt/chrome/chrome' }, { chrome: '/opt/chrome/chrome' }],
    [{ FIREFOX: 'C:\\Firefox\\firefox.exe' }, { firefox: 'C:\\Firefox\\firefox.exe' }],
    [
      { CHROME_PATH: '/usr/bin/chromium', FIREFOX: '/usr/bin/firefox-esr' },
      { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    ],
  ])('%j → %j', (env, expected) => {
    expect(devBinaries(env, anyFile)).toEqual(expected);
  });

  it('leaves out an override that names no file, and says so', () => {
    const warnings: string[] = [];
    const binaries = devBinaries(
      { CHROME_PATH: '/nope/chrome', FIREFOX: '/usr/bin/firefox' },
      { exists: (path) => path === '/usr/bin/firefox', warn: (text) => warnings.push(text) },
    );
    expect(binaries).toEqual({ firefox: '/usr/bin/firefox' });
    expect(warnings).toEqual([
      'CHROME_PATH=/nope/chrome is not a file; opening the chrome web-ext finds instead.',
    ]);
  });
});

describe('sandboxArgs', () => {
  it.each([
    [0, ['--no-sandbox']],
    [1000, []],
    [undefined, []],
  ])('uid %s → %j', (uid, expected) => {
    expect(sandboxArgs(uid)).toEqual(expected);
  });
});

describe('testBrowserBinary', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it.each<[string, Parameters<typeof testBrowserBinary>[0], Record<string, string>, string]>([
    ['Debian Chromium by default', 'chromium', {}, '/usr/bin/chromium'],
    ['Debian Firefox ESR by default', 'firefox', {}, '/usr/bin/firefox-esr'],
    ['CHROME_PATH first', 'chromium', { CHROME_PATH: '/opt/chrome' }, '/opt/chrome'],
    ['FIREFOX first', 'firefox', { FIREFOX: '/opt/firefox/firefox' }, '/opt/firefox/firefox'],
    ['an empty override is no override', 'chromium', { CHROME_PATH: '' }, '/usr/bin/chromium'],
  ])('%s', (_, name, env, expected) => {
    expect(testBrowserBinary(name, env, only(expected))).toBe(expected);
  });

  it.each<[Parameters<typeof testBrowserBinary>[0], Record<string, string>, string]>([
    ['chromium', {}, '/usr/bin/chromium not found: install Chromium or Chrome, or set CHROME_PATH'],
    ['firefox', { FIREFOX: '/nope' }, '/nope not found: install Firefox (ESR or release), or set FIREFOX'],
  ])('%s %j, missing: says what to set', (name, env, message) => {
    expect(() => testBrowserBinary(name, env, only())).toThrow(message);
  });
});
