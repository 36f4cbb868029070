import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';
import { profileAt } from './profile-at';

describe('profileAt', () => {
  it.each([
    'https://www.instagram.com/sam.rivers_/',
    'https://x.com/sam_rivers/status/1790000000000000000',
    'https://www.messenger.com/t/100012345678901',
    'https://web.archive.org/web/2025/https://www.tiktok.com/@sam.rivers',
    'https://t.me/sam_rivers',
  ])('reads %s as parseTarget does', (url) => {
    const parsed = parseTarget(url);
    expect(parsed.ok && parsed.target.kind === 'profile').toBe(true);
    expect(profileAt(url)).toEqual(parsed.ok ? parsed.target : undefined);
  });

  it.each([
    'https://www.instagram.com/p/C1a2B3c4D5e/',
    'https://www.instagram.com/',
    'https://example.org/sam',
    'https://wa.me/34600000000',
    'https://mail.google.com/mail/?view=cm&to=kai@example.com',
    'not a url',
    'mailto:kai@example.com',
  ])('finds no profile at %s', (url) => {
    expect(profileAt(url)).toBeUndefined();
  });
});
