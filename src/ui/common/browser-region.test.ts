import { describe, expect, it } from 'vitest';
import { browserRegion, regionName } from './browser-region';

describe('browserRegion', () => {
  it.each<[string[], string | undefined]>([
    [['en-US', 'es'], 'US'],
    [['es-ES'], 'ES'],
    [['es'], 'ES'],
    [['en-GB', 'en'], 'GB'],
    [['pt-BR'], 'BR'],
    [['not a tag', 'de'], 'DE'],
    [[], undefined],
  ])('%j → %s', (languages, region) => {
    expect(browserRegion(languages)).toBe(region);
  });

  it('names a region in words', () => {
    expect(regionName('ES')).toMatch(/\S/);
    expect(regionName('ES')).not.toBe('ES');
  });
});
