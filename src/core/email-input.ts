/**
 * His email address as she types or pastes it: `kai.morgan@example.com`, `Kai.Morgan@Example.com`, or a
 * `mailto:` link. Stored in lower case: providers treat the two spellings as one address.
 */

export type EmailInput = { ok: true; address: string } | { ok: false; code: 'email-no-domain' };

/** One `@`, not first (an `@name@host` is a handle), and nothing a link or a name would have. */
const EMAIL_SHAPED = /^[^\s@/:?#]+@[^\s@/:?#]*$/;
const LOCAL_PART = /^[^\s@<>(),;:"[\]\\]+$/;
/** Labels of letters (any script), digits and inner hyphens, and a top-level domain of letters. */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]+)$/u;

export function looksLikeEmail(text: string): boolean {
  return EMAIL_SHAPED.test(text);
}

export function readEmailInput(text: string): EmailInput {
  const address = text.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return at > 0 && LOCAL_PART.test(local) && DOMAIN.test(domain)
    ? { ok: true, address }
    : { ok: false, code: 'email-no-domain' };
}
