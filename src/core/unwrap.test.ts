import { describe, expect, it } from 'vitest';
import { parseHttpUrl } from './normalize';
import { translatedHost, unwrapEmbeddedUrl } from './unwrap';

describe('Google Translate’s proxy', () => {
  it.each([
    ['www-instagram-com', 'www.instagram.com'],
    ['x-com', 'x.com'],
    ['samrivers--design-com', 'samrivers-design.com'],
    ['a---b-com', 'a-.b.com'],
    ['m-samrivers--design-co-uk', 'm.samrivers-design.co.uk'],
  ])('reads %s as %s', (label, host) => {
    expect(translatedHost(label)).toBe(host);
  });

  it.each(['', 'localhost', 'a.b', '-x-com', 'a--b'])('reads nothing from %j', (label) => {
    expect(translatedHost(label)).toBeUndefined();
  });

  it('gives the page it shows, without its own parameters', () => {
    const url = parseHttpUrl(
      'https://www-instagram-com.translate.goog/sam.rivers_/?hl=en&_x_tr_sl=auto&_x_tr_tl=fr#top',
    );
    expect(url && unwrapEmbeddedUrl(url)?.href).toBe('https://www.instagram.com/sam.rivers_/?hl=en#top');
  });
});
