import { describe, expect, it } from 'vitest';
import { friendActions } from './friend-link';

describe('friendActions', () => {
  it('offers a call and a message for a phone number', () => {
    expect(friendActions(' +34 600 11-22 (33) ')).toEqual([
      { kind: 'call', href: 'tel:+34600112233' },
      { kind: 'message', href: 'sms:+34600112233' },
    ]);
  });

  it('uses tel:, sms:, mailto: and web links as she set them', () => {
    expect(friendActions('tel:+1555123')).toEqual([{ kind: 'call', href: 'tel:+1555123' }]);
    expect(friendActions('sms:+1555123')).toEqual([{ kind: 'message', href: 'sms:+1555123' }]);
    expect(friendActions('mailto:ana@example.org')).toEqual([
      { kind: 'message', href: 'mailto:ana@example.org' },
    ]);
    expect(friendActions('https://wa.me/34600112233')).toEqual([
      { kind: 'message', href: 'https://wa.me/34600112233' },
    ]);
  });

  it('offers nothing for no link, a too-short number, or a scheme that could run code', () => {
    for (const link of [
      '',
      '   ',
      '12',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a link',
      'file:///etc',
    ]) {
      expect([link, friendActions(link)]).toEqual([link, []]);
    }
  });
});
