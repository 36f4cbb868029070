/**
 * Her browser's region (ISO 3166, `US`), where a phone number she writes without a country code is read:
 * the region of her first language, or the one that language implies (`es` → `ES`). Undefined when none.
 */
export function browserRegion(languages: readonly string[] = navigator.languages): string | undefined {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return region;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return undefined;
}

/** `US` → "United States", in her browser's language. */
export function regionName(region: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}
