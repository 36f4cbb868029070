import { describe, expect, it } from 'vitest';
import type { Target } from '../target';
import { conversationMarkupOn, conversationPatterns, onConversationRoute } from './conversations';

describe('conversation routes', () => {
  it.each([
    ['www.instagram.com', '/direct/t/340282366841710300949128/', true],
    ['www.instagram.com', '/direct/t/340282366841710300949128', true],
    ['www.instagram.com', '/direct/inbox/', false],
    ['www.instagram.com', '/kai.morgan/', false],
    ['www.instagram.com', '/direct/t/', false],
    ['www.facebook.com', '/messages/t/100012345678901/', true],
    ['www.facebook.com', '/messages/e2ee/t/7234567890/', true],
    ['www.facebook.com', '/messages/', false],
    ['www.messenger.com', '/t/100012345678901/', true],
    ['www.messenger.com', '/e2ee/t/7234567890', true],
    ['x.com', '/messages/123-456', true],
    ['twitter.com', '/messages/123-456', true],
    ['x.com', '/i/chat/123-456', true],
    ['x.com', '/messages', false],
    ['x.com', '/kaimorgan', false],
    ['www.linkedin.com', '/messaging/thread/2-ZmQ0NTY=/', true],
    ['www.linkedin.com', '/messaging/', false],
    ['web.whatsapp.com', '/', true],
  ])('%s%s → %s', (host, path, expected) => {
    const markup = conversationMarkupOn(host);
    expect(markup).toBeDefined();
    expect(markup && onConversationRoute(markup, path)).toBe(expected);
  });

  it.each(['www.tiktok.com', 'wa.me', 'www.whatsapp.com', 'instagram.com.evil.example', 'example.org'])(
    'reads no conversations on %s',
    (host) => {
      expect(conversationMarkupOn(host)).toBeUndefined();
    },
  );
});

describe('conversationPatterns', () => {
  const instagram: Target = { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' };
  const tiktok: Target = { kind: 'profile', platform: 'tiktok', handle: 'kai.morgan' };
  const phone: Target = { kind: 'phone', number: '+34600000000' };
  const email: Target = { kind: 'email', address: 'kai.morgan@example.com' };
  const name: Target = { kind: 'name', name: 'kai morgan' };

  it.each<[string, Target[], string[][]]>([
    ['nothing', [], []],
    ['his Instagram: Direct only', [instagram], [['*://*.instagram.com/*']]],
    ['his TikTok and his address: none', [tiktok, email], []],
    ['his number: WhatsApp Web', [phone], [['*://*.web.whatsapp.com/*']]],
    [
      'a name he goes by: every app',
      [name],
      [
        ['*://*.instagram.com/*'],
        ['*://*.facebook.com/*', '*://*.messenger.com/*'],
        ['*://*.x.com/*', '*://*.twitter.com/*'],
        ['*://*.linkedin.com/*'],
        ['*://*.web.whatsapp.com/*'],
      ],
    ],
  ])('%s', (_, targets, expected) => {
    expect(conversationPatterns(targets)).toEqual(expected);
  });
});
