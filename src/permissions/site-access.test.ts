import { describe, expect, it } from 'vitest';
import { siteOrigins } from './site-access';

describe('siteOrigins', () => {
  it('covers the host with and without www., on any scheme', () => {
    expect(siteOrigins('samrivers.example.org')).toEqual([
      '*://samrivers.example.org/*',
      '*://www.samrivers.example.org/*',
    ]);
  });

  it('normalises the spelling she may have stored', () => {
    expect(siteOrigins('WWW.SamRivers.Example.org.')).toEqual([
      '*://samrivers.example.org/*',
      '*://www.samrivers.example.org/*',
    ]);
  });
});
