import type { PhoneInputError } from './phone-input';

/**
 * Why a pasted text is not a target. The UI translates by `code`; `englishMessage` is the
 * reference wording and the fallback.
 */
export type ParseErrorCode =
  | 'empty'
  | 'not-a-link'
  | 'not-a-web-link'
  | 'post'
  | 'platform-page'
  | 'platform-home'
  | 'needs-platform'
  | 'unknown-platform'
  | 'invalid-handle'
  | 'missing-id'
  | 'invalid-id'
  | 'needs-server'
  | PhoneInputError
  | 'email-no-domain';

export interface ParseError {
  ok: false;
  code: ParseErrorCode;
  /** English text for the person; `platformName` is filled in where the message names the platform. */
  error: string;
  /** The platform the link belongs to, when known: lets a translated message name it too. */
  platformName?: string;
}

export function parseError(code: ParseErrorCode, platformName?: string): ParseError {
  return platformName === undefined
    ? { ok: false, code, error: englishMessage(code, 'the site') }
    : { ok: false, code, error: englishMessage(code, platformName), platformName };
}

export function englishMessage(code: ParseErrorCode, platformName: string): string {
  switch (code) {
    case 'empty':
      return 'Paste the link to a profile page first — or type a phone number or email address.';
    case 'not-a-link':
      return 'That isn’t a link — paste the address of the profile page, like instagram.com/name.';
    case 'not-a-web-link':
      return 'Only web links work here — ones that start with http:// or https://.';
    case 'post':
      return 'That looks like a post, not a profile — paste the link to the profile page.';
    case 'platform-page':
      return `That’s one of ${platformName}’s own pages, not a profile — paste the link to the profile page.`;
    case 'platform-home':
      return `That’s the front page of ${platformName} — open the profile and paste its link.`;
    case 'needs-platform':
      return 'Which site is that name on? Write it like “@name on instagram.com”, or paste the link to the profile.';
    case 'unknown-platform':
      return 'That site isn’t one we know by name — paste the link to the profile instead.';
    case 'invalid-handle':
      return `That can’t be a ${platformName} name — check the spelling, or paste the link to the profile.`;
    case 'missing-id':
      return `That ${platformName} link stops before the profile — open the profile and copy its whole link.`;
    case 'invalid-id':
      return `That isn’t an account ${platformName} gives out — check it, or copy the link again from the profile.`;
    case 'needs-server':
      return 'Which server is that account on? Write the whole address, like @name@mastodon.social, or paste the link to the profile.';
    case 'phone-too-short':
      return 'That number is too short — check that no digit is missing.';
    case 'phone-too-long':
      return 'That number has too many digits — check it again.';
    case 'phone-letters':
      return 'A phone number has only digits (spaces, dashes and brackets are fine) — check for a letter in it.';
    case 'phone-needs-country':
      return 'Start the number with + and its country code, like +34 600 000 000.';
    case 'phone-invalid':
      return 'That doesn’t look like a phone number — check the digits and the country code.';
    case 'email-no-domain':
      return 'That address is missing its domain — write it whole, like name@example.com.';
  }
}
