/**
 * What the friend link she set in options lets her do: call, message, or open a link (a chat app's, say).
 * Only tel:, sms:, mailto: and web links are ever used; anything else (javascript:, data:, …) gives nothing.
 */

export interface FriendAction {
  kind: 'call' | 'message';
  href: string;
}

const PHONE = /^\+?[\d\s().-]+$/;

export function friendActions(link: string): FriendAction[] {
  const value = link.trim();
  if (!value) return [];
  if (PHONE.test(value)) {
    const digits = value.replace(/[^\d]/g, '');
    if (digits.length < 3) return [];
    const number = (value.startsWith('+') ? '+' : '') + digits;
    return [
      { kind: 'call', href: `tel:${number}` },
      { kind: 'message', href: `sms:${number}` },
    ];
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  switch (url.protocol) {
    case 'tel:':
      return [{ kind: 'call', href: url.href }];
    case 'sms:':
    case 'mailto:':
    case 'https:':
    case 'http:':
      return [{ kind: 'message', href: url.href }];
    default:
      return [];
  }
}
