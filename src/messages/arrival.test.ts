import { describe, expect, it } from 'vitest';
import { entriesToSkip, parseArrival } from './arrival';

describe('arrival', () => {
  it.each([
    ['', 'redirect'],
    ['?arrival=after-page', 'after-page'],
    ['?arrival=swept', 'swept'],
    ['?arrival=<script>', 'redirect'],
    ['?other=1&arrival=swept', 'swept'],
  ] as const)('reads %j as %s', (search, expected) => {
    expect(parseArrival(search)).toBe(expected);
  });

  it('skips the profile’s own entry when it had loaded', () => {
    expect(entriesToSkip('redirect')).toBe(1);
    expect(entriesToSkip('after-page')).toBe(2);
    expect(entriesToSkip('swept')).toBe(2);
  });
});
