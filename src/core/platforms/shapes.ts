import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from '../re2-size';
import { AFTER_HANDLE, escapeRegex, TRANSLATE_PROXY_PATTERNS } from './regex-text';
import type { DnrShape } from './types';

/** Building blocks for the platforms' DNR shapes that come up in more than one platform. */

/** A profile URL form seen through Google Translate's proxy (`translatedSubdomainOf(…)` + path). */
export function viaTranslate(
  prefix: string,
  alternative: DnrShape['alternative'],
  compactAlternative?: DnrShape['compactAlternative'],
): DnrShape {
  return {
    tier: 'stretch',
    prefix,
    suffix: AFTER_HANDLE,
    alternative,
    ...(compactAlternative ? { compactAlternative } : {}),
    access: () => TRANSLATE_PROXY_PATTERNS,
  };
}

/**
 * `^https?://` plus any of `hosts` or their subdomains, for sites outside the platform's own domains
 * (mirrors, viewers): `^https?://(?:[^/]*\.)?(?:a\.com|b\.net)\.?/+`.
 */
export function anySubdomainOfHosts(hosts: readonly string[]): string {
  const body = hosts.map(escapeRegex).join('|');
  return `^https?://(?:[^/]*\\.)?${hosts.length === 1 ? body : `(?:${body})`}\\.?/+`;
}

/** Room left in every mirror rule for the handles: a 30-character one at least. */
const HANDLE_ROOM = 'x'.repeat(30);

/**
 * Stretch shapes for mirror hosts that show a profile at `path` + handle, as few as RE2's budget
 * allows: hosts are packed into one rule while a rule with a long handle still fits.
 */
export function mirrorShapes(
  hosts: readonly string[],
  path: string,
  alternative: DnrShape['alternative'],
  access: (hosts: readonly string[]) => readonly string[],
): DnrShape[] {
  const fitsWith = (group: readonly string[]) =>
    estimateRe2Instructions(`${anySubdomainOfHosts(group)}${path}${HANDLE_ROOM}${AFTER_HANDLE}`) <=
    RE2_INSTRUCTION_BUDGET;
  const groups: string[][] = [];
  for (const host of hosts) {
    const last = groups.at(-1);
    if (last && fitsWith([...last, host])) last.push(host);
    else groups.push([host]);
  }
  return groups.map((group) => ({
    tier: 'stretch',
    prefix: `${anySubdomainOfHosts(group)}${path}`,
    suffix: AFTER_HANDLE,
    alternative,
    access: () => access(group),
  }));
}

/** The path words before a name, as a regex: `(?:a|b)/+`, or optional `(?:a/+|b/+)?` when `''` is one. */
export function wordsBefore(words: readonly string[]): string {
  const named = words.filter((w) => w !== '').map(escapeRegex);
  if (named.length === 0) return '';
  if (words.includes('')) return `(?:${named.map((w) => `${w}/+`).join('|')})?`;
  return named.length === 1 ? `${named[0]}/+` : `(?:${named.join('|')})/+`;
}
