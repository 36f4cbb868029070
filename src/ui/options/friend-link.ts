const PHONE = /^\+?[\d\s().-]+$/;

/**
 * The friend's phone or link, checked: empty (none), a phone number, or a tel:, sms: or https: link.
 * Returns the value to store, or undefined when it can't be used.
 */
export function checkFriendLink(value: string): string | undefined {
  const v = value.trim();
  if (!v) return '';
  if (PHONE.test(v)) return v.replace(/[^\d]/g, '').length >= 3 ? v : undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return undefined;
  }
  return ['tel:', 'sms:', 'https:'].includes(url.protocol) && url.href.length <= 500 ? v : undefined;
}
