import { escapeRegex, subdomainPatterns } from './regex-text';
import type { DnrShape } from './types';

/**
 * Building blocks of the chat and mail apps' declarativeNetRequest shapes (whatsapp.ts, gmail.ts, …): a
 * number or an address as a link spells it. The apps' files write their shapes as functions, like the
 * platforms', so pages and the in-page script neither carry nor run them.
 */

/**
 * The digits of `+34600000000`, after a prefix that takes `+` (`%2B`), `00` or nothing before the country
 * code. Digits spaced or dashed (`34 600 000 000`) are not spelled out: a gap after every digit would take
 * RE2's whole budget for one number. The navigation layer catches those, and Firefox's matcher reads them.
 */
export const numberDigits = (number: string): string => number.replace(/^\+/, '');
export const NUMBER_LEAD = '(?:%2B|\\+|00)?';

/**
 * `kai.morgan@example.com` as a query value may spell it: `@` and `+` as they are or percent-encoded, any
 * case (rules match case-insensitively), letters of other scripts percent-encoded as Chrome sends them.
 */
export function addressInUrl(address: string): string {
  return [...address]
    .map((c) => {
      if (c === '@') return '(?:@|%40)';
      if (c === '+') return '(?:\\+|%2B)';
      return /[^\x21-\x7e]/u.test(c) ? escapeRegex(encodeURIComponent(c)) : escapeRegex(c);
    })
    .join('');
}

/** After an address: its end, or anything that cannot go on a domain (`&`, `,`, `>`, `%3E`…). */
const AFTER_ADDRESS = '(?:[^-.\\w].*)?$';

/**
 * A compose window on `host` whose query field `field` starts with the address (`to=<address>`), or, with
 * `mailto`, with a `mailto:` URI of it as a browser's mailto handler writes it (`url=mailto%3A<address>`).
 * Each host and form is a rule of its own: RE2's budget leaves no room to share a prefix. A recipient after
 * another one in the same field (`to=ana@…,kai@…`) is left to the navigation layer.
 * `[?&]` keeps `auto=` from passing for `to=`; no other field ends in `mailtouri`, and the budget is tight.
 */
export function composeShape(tier: DnrShape['tier'], host: string, field: string, mailto = false): DnrShape {
  const access = subdomainPatterns([host]);
  return {
    tier,
    prefix: `^https?://${escapeRegex(host)}/[^#]*${field}=${mailto ? 'mailto%3A' : ''}`,
    suffix: AFTER_ADDRESS,
    alternative: addressInUrl,
    access: () => access,
  };
}
