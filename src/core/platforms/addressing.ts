import { decodeSegment } from '../normalize';
import type { Reading } from './types';

/**
 * How chat and mail links name the person they open a conversation with: a phone number in international
 * form (the form WhatsApp, Telegram and Signal links require), or email addresses, alone or in a `mailto:` URI.
 * This reads what a link says; what she types is read by libphonenumber-js (phone-input.ts).
 */

/** Spaces (`+` in a query is one), dashes, dots and brackets people and sites put between digits. */
const SEPARATORS = /[\s().-]/g;
/** E.164 allows at most 15 digits; no country code starts with 0. */
const INTERNATIONAL = /^(?:\+|00)?([1-9]\d{6,14})$/;

/** `34600000000`, `+34 600-000-000`, `0034600000000` → `+34600000000`; anything else → `undefined`. */
export function phoneInUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const found = INTERNATIONAL.exec(raw.replace(SEPARATORS, ''));
  return found ? `+${found[1]}` : undefined;
}

/** Something that has the shape of an address: text, `@`, and a host with a dot. */
const ADDRESS = /^[^\s@<>,;:"]+@[^\s@<>,;:"]+\.[^\s@<>,;:".]+$/;

/** One recipient as written: `kai@example.com`, `Kai Morgan <Kai@Example.com>` → lower-case address. */
function recipient(raw: string): string | undefined {
  const angled = /<([^>]*)>/.exec(raw)?.[1] ?? raw;
  const address = angled.trim().toLowerCase();
  return ADDRESS.test(address) ? address : undefined;
}

/** `a@x.com, b@y.com; Kai <kai@z.com>` → each address, lower-case. */
export function emailsIn(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split(/[,;]/).flatMap((part) => recipient(part) ?? []);
}

/**
 * The recipients of a `mailto:` URI (RFC 6068): the addresses of its path and of its `to`, `cc` and `bcc`
 * fields. A URI still percent-encoded once more (`mailto%3A…`, as some handler links carry it) is read too.
 */
export function emailsInMailto(value: string | null | undefined): string[] {
  if (!value) return [];
  const uri = /^mailto:/i.test(value) ? value : decodeSegment(value);
  if (!/^mailto:/i.test(uri)) return [];
  const rest = uri.slice('mailto:'.length);
  const query = rest.indexOf('?');
  const path = query < 0 ? rest : rest.slice(0, query);
  const found = emailsIn(decodeSegment(path));
  if (query >= 0) {
    for (const [name, field] of new URLSearchParams(rest.slice(query + 1))) {
      if (RECIPIENT_FIELDS.has(name.toLowerCase())) found.push(...emailsIn(field));
    }
  }
  return found;
}

/** The fields of a compose link that hold recipients. */
export const RECIPIENT_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc']);

/**
 * A compose link's recipients: every address in its recipient fields and in the fields that carry a whole
 * `mailto:` URI (`mailtoFields`), query parameter names compared in any case (Yahoo writes `To=`).
 */
export function composeRecipients(params: URLSearchParams, mailtoFields: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [rawName, value] of params) {
    const name = rawName.toLowerCase();
    if (RECIPIENT_FIELDS.has(name)) found.push(...emailsIn(value));
    else if (mailtoFields.has(name)) found.push(...emailsInMailto(value));
  }
  return found;
}

/** A `channel` reading, or `other` when the link names nobody. */
export function channelReading(phones: readonly string[], emails: readonly string[]): Reading {
  return phones.length === 0 && emails.length === 0 ? { kind: 'other' } : { kind: 'channel', phones, emails };
}
