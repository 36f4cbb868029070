import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/min';

/**
 * His phone number as she types it, read by libphonenumber-js with its "min" metadata: enough to know each
 * country's codes, number lengths and formats, which is all that reading, checking the length and showing a
 * number take. (The "max" metadata adds every country's number ranges, twice the size, and would refuse a
 * real number from a range newer than the copy shipped.) Only the pages where she types or sees a number load
 * this; the matcher compares the digits of chat links with the stored E.164 form and needs none of it.
 */

export type PhoneInputError =
  | 'phone-too-short'
  | 'phone-too-long'
  | 'phone-letters'
  | 'phone-needs-country'
  | 'phone-invalid';

export type PhoneInput =
  | {
      ok: true;
      /** E.164. */
      number: string;
      /** The region the number was read in because it had no country code (her browser's). */
      assumedRegion?: string;
    }
  | { ok: false; code: PhoneInputError };

/** Digits and the punctuation people write between them, perhaps after a `+`. */
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
/** Digits with letters in among them, as in a mistyped number: `+34 6OO 000 000`. */
const PHONE_WITH_LETTERS = /^[+(]?\d[\w\s().-]*$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/**
 * Whether she meant `text` as a phone number: digits with the usual punctuation (`+34 600 000 000`,
 * `(415) 555-0134`), or enough digits with letters among them and nothing that makes it a link or address.
 */
export function looksLikePhone(text: string): boolean {
  if (PHONE_CHARACTERS.test(text)) return digitCount(text) > 0 && !IPV4.test(text);
  return (
    PHONE_WITH_LETTERS.test(text) &&
    digitCount(text) >= 5 &&
    /[a-z]/i.test(text) &&
    (text.startsWith('+') || !text.includes('.'))
  );
}

const LENGTH_ERRORS: Readonly<Record<string, PhoneInputError>> = {
  TOO_SHORT: 'phone-too-short',
  TOO_LONG: 'phone-too-long',
  INVALID_LENGTH: 'phone-invalid',
  INVALID_COUNTRY: 'phone-needs-country',
  NOT_A_NUMBER: 'phone-invalid',
};

/**
 * Reads a number in any common writing. `region` (ISO 3166, `ES`) is where a number without a country code
 * is read; without one, such a number needs its code. A leading `00` is the international prefix in most of
 * the world, so it is read as `+` wherever she is.
 */
export function readPhoneInput(text: string, region?: string): PhoneInput {
  if (/[a-z]/i.test(text)) return { ok: false, code: 'phone-letters' };
  const written = text.trim().replace(/^\(?00/, '+');
  const international = written.startsWith('+');
  const country = region && isSupportedCountry(region) ? (region as CountryCode) : undefined;
  if (!international && !country) return { ok: false, code: 'phone-needs-country' };
  const lengthError = validatePhoneNumberLength(written, country);
  if (lengthError) return { ok: false, code: LENGTH_ERRORS[lengthError] ?? 'phone-invalid' };
  const parsed = parsePhoneNumberFromString(written, country);
  if (!parsed?.isPossible()) return { ok: false, code: 'phone-invalid' };
  return international
    ? { ok: true, number: parsed.number }
    : { ok: true, number: parsed.number, assumedRegion: country };
}

/** `+34600000000` → `+34 600 00 00 00`, as the number is written in its country; anything else unchanged. */
export function formatPhone(number: string): string {
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}
