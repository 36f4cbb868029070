import { describe, expect, it } from 'vitest';
import { parseTarget } from './match';
import type { ParseErrorCode } from './parse-errors';
import type { Target } from './target';

const profile = (platform: Extract<Target, { kind: 'profile' }>['platform'], handle: string): Target => ({
  kind: 'profile',
  platform,
  handle,
});

describe('parseTarget accepts what people paste', () => {
  it.each<[string, Target]>([
    ['https://www.instagram.com/sam.rivers_/', profile('instagram', 'sam.rivers_')],
    ['instagram.com/Sam.Rivers_', profile('instagram', 'sam.rivers_')],
    ['  www.instagram.com/sam.rivers_/?igsh=abc123  ', profile('instagram', 'sam.rivers_')],
    ['instagram.com/stories/sam.rivers_/3141592653589793238/', profile('instagram', 'sam.rivers_')],
    ['https://instagr.am/sam.rivers_', profile('instagram', 'sam.rivers_')],
    ['@sam_rivers on x.com', profile('x', 'sam_rivers')],
    ['sam_rivers on Twitter', profile('x', 'sam_rivers')],
    ['@sam.rivers_ on instagram', profile('instagram', 'sam.rivers_')],
    ['@sam (instagram)', profile('instagram', 'sam')],
    ['@sam.rivers_ en instagram.com', profile('instagram', 'sam.rivers_')],
    ['@sam.rivers_ sur instagram.com', profile('instagram', 'sam.rivers_')],
    ['@sam_rivers auf X', profile('x', 'sam_rivers')],
    ['@sam_rivers bei twitter', profile('x', 'sam_rivers')],
    ['@sam.rivers_ no instagram.com', profile('instagram', 'sam.rivers_')],
    ['@sam.rivers_ na insta', profile('instagram', 'sam.rivers_')],
    ['sam.rivers_ em instagram', profile('instagram', 'sam.rivers_')],
    ['x.com/@Sam_Rivers', profile('x', 'sam_rivers')],
    ['https://twitter.com/sam_rivers/status/1790000000000000000', profile('x', 'sam_rivers')],
    ['https://x.com/intent/follow?screen_name=Sam_Rivers', profile('x', 'sam_rivers')],
    ['https://www.facebook.com/Sam.Rivers.77', profile('facebook', 'samrivers77')],
    [
      'https://www.facebook.com/profile.php?sk=photos&id=100012345678901',
      profile('facebook', '100012345678901'),
    ],
    ['https://www.facebook.com/people/Sam-Rivers/100012345678901/', profile('facebook', '100012345678901')],
    ['https://www.messenger.com/t/100012345678901', profile('facebook', '100012345678901')],
    ['https://www.threads.net/@sam.rivers_', profile('threads', 'sam.rivers_')],
    ['tiktok.com/@Sam.Rivers/video/7300000000000000000', profile('tiktok', 'sam.rivers')],
    [
      'https://uk.linkedin.com/in/sam-rivers-4b2a1c?originalSubdomain=uk',
      profile('linkedin', 'sam-rivers-4b2a1c'),
    ],
    ['https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez/', profile('linkedin', 'josé-pérez')],
    ['https://m.youtube.com/@SamRivers/videos', profile('youtube', 'samrivers')],
    ['https://old.reddit.com/u/Sam_Rivers', profile('reddit', 'sam_rivers')],
    ['https://www.snapchat.com/@samrivers', profile('snapchat', 'samrivers')],
    [
      'https://web.archive.org/web/2025/https://www.instagram.com/sam.rivers_/',
      profile('instagram', 'sam.rivers_'),
    ],
  ])('%s', (input, target) => {
    expect(parseTarget(input)).toEqual({ ok: true, target });
  });

  it.each<[string, Target]>([
    ['https://samrivers.example.org/blog/', { kind: 'site', host: 'samrivers.example.org', path: '/blog' }],
    ['samrivers.example.org', { kind: 'site', host: 'samrivers.example.org', path: '/' }],
    [
      'HTTP://WWW.Example.ORG./Blog//Posts/?page=2#top',
      { kind: 'site', host: 'example.org', path: '/Blog/Posts' },
    ],
    ['https://example.org/%7Esam/caf%c3%a9', { kind: 'site', host: 'example.org', path: '/~sam/caf%C3%A9' }],
    ['https://www.reddit.com/r/breakups/', { kind: 'site', host: 'reddit.com', path: '/r/breakups' }],
  ])('%s → a site target', (input, target) => {
    expect(parseTarget(input)).toEqual({ ok: true, target });
  });
});

describe('parseTarget reads his number and his address', () => {
  const phone = (number: string): Target => ({ kind: 'phone', number });
  const email = (address: string): Target => ({ kind: 'email', address });

  it.each<[string, string | undefined, Target]>([
    ['+34 600 000 000', undefined, phone('+34600000000')],
    ['+34600000000', 'US', phone('+34600000000')],
    ['0034 600-000-000', 'US', phone('+34600000000')],
    ['0034 600-000-000', undefined, phone('+34600000000')],
    ['+34 (600) 00.00.00', undefined, phone('+34600000000')],
    ['+44 (0) 20 7946 0018', undefined, phone('+442079460018')],
    ['tel:+34-600-000-000', undefined, phone('+34600000000')],
    ['tel:%2B34%20600%20000%20000', undefined, phone('+34600000000')],
    ['https://wa.me/34600000000', undefined, phone('+34600000000')],
    ['web.whatsapp.com/send?phone=%2B34600000000', undefined, phone('+34600000000')],
    ['kai.morgan@example.com', undefined, email('kai.morgan@example.com')],
    ['Kai.Morgan@Example.COM', undefined, email('kai.morgan@example.com')],
    ['kai+notes@example.co.uk', undefined, email('kai+notes@example.co.uk')],
    ['mailto:Kai.Morgan@example.com?subject=hi', undefined, email('kai.morgan@example.com')],
    [
      'https://mail.google.com/mail/?view=cm&to=kai.morgan@example.com',
      undefined,
      email('kai.morgan@example.com'),
    ],
  ])('%s (region %s)', (input, region, target) => {
    expect(parseTarget(input, { region })).toEqual({ ok: true, target });
  });

  it.each<[string, string, Target]>([
    ['(415) 555-0134', 'US', phone('+14155550134')],
    ['600 000 000', 'ES', phone('+34600000000')],
    ['020 7946 0018', 'GB', phone('+442079460018')],
  ])('reads %s without a country code as a number of %s, and says so', (input, region, target) => {
    expect(parseTarget(input, { region })).toEqual({ ok: true, target, assumedRegion: region });
  });

  it('writes the same number the same way however it was typed', () => {
    const keys = ['+34 600 000 000', '0034 600-000-000', '600000000', 'tel:+34600000000'].map((input) => {
      const parsed = parseTarget(input, { region: 'ES' });
      return parsed.ok ? parsed.target : undefined;
    });
    expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(1);
  });

  it('keeps an IP address a site, not a number', () => {
    expect(parseTarget('192.168.1.10')).toMatchObject({ ok: true, target: { kind: 'site' } });
  });
});

describe('parseTarget explains what it cannot use', () => {
  it.each<[string, ParseErrorCode]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['sam rivers', 'not-a-link'],
    ['hello', 'not-a-link'],
    ['http://', 'not-a-link'],
    ['mailto:', 'email-no-domain'],
    ['sms:+34600000000', 'not-a-web-link'],
    ['ftp://example.org/blog', 'not-a-web-link'],
    ['javascript:alert(1)', 'not-a-web-link'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/', 'post'],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/', 'post'],
    ['https://x.com/i/web/status/1790000000000000000', 'post'],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', 'post'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'post'],
    ['https://www.instagram.com/explore/', 'platform-page'],
    ['https://www.instagram.com/accounts/edit/', 'platform-page'],
    ['https://x.com/home', 'platform-page'],
    ['https://x.com/settings/account', 'platform-page'],
    ['https://www.facebook.com/groups/samrivers77', 'platform-page'],
    ['https://www.facebook.com/profile.php', 'platform-page'],
    ['https://www.tiktok.com/foryou', 'platform-page'],
    ['https://www.instagram.com/', 'platform-home'],
    ['x.com', 'platform-home'],
    ['@sam_rivers', 'needs-platform'],
    ['@sam_rivers on myspace', 'unknown-platform'],
    ['@sam_rivers_is_far_too_long on x.com', 'invalid-handle'],
    ['@sam-rivers on x', 'invalid-handle'],
    ['https://www.youtube.com/channel/UCabc123', 'invalid-id'],
    ['+34 600', 'phone-too-short'],
    ['+1 2', 'phone-too-short'],
    ['12', 'phone-needs-country'],
    ['+34 600 000 000 000', 'phone-too-long'],
    ['+1 415 555 0134 9999', 'phone-too-long'],
    ['+34 6OO 000 000', 'phone-letters'],
    ['600 abc 000', 'phone-letters'],
    ['(415) 555-O134', 'phone-letters'],
    ['600 000 000', 'phone-needs-country'],
    ['+999 600 000 000', 'phone-needs-country'],
    ['kai.morgan@', 'email-no-domain'],
    ['kai.morgan@example', 'email-no-domain'],
    ['kai morgan@example.com', 'not-a-link'],
    ['mailto:kai.morgan@example', 'email-no-domain'],
  ])('%j → %s', (input, code) => {
    const result = parseTarget(input);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.error).toMatch(/^[A-Z].+[.?]$/);
  });

  it('says a post is not a profile, in words a person understands', () => {
    expect(parseTarget('https://www.instagram.com/p/C1a2B3c4D5e/')).toEqual({
      ok: false,
      code: 'post',
      error: 'That looks like a post, not a profile — paste the link to the profile page.',
      platformName: 'Instagram',
    });
  });

  it('names the platform in messages about its pages', () => {
    const result = parseTarget('https://x.com/explore');
    expect(result.ok ? '' : result.error).toContain('X’s own pages');
  });
});
