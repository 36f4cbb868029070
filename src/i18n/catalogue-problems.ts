/** A `messages.json` as the browser reads it (translators' `description`s allowed). */
export type Catalogue = Record<string, { message: string; description?: string }>;

/** The numbered substitutions a message uses, sorted: "$2 of $1, $1" → ["$1", "$1", "$2"]. */
export function placeholders(message: string): string[] {
  return [...message.replaceAll('$$', '').matchAll(/\$\d/g)].map((m) => m[0]).sort();
}

/**
 * What keeps `candidate` from standing in for `reference`: keys missing or extra, a message empty, a placeholder
 * used differently (missing, doubled, renumbered), or a `$` the browser would not read as a substitution
 * (write `$$` for a dollar sign). Empty when the two are interchangeable.
 */
export function catalogueProblems(reference: Catalogue, candidate: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in candidate)) problems.push(`${key}: missing`);
  for (const [key, entry] of Object.entries(candidate)) {
    const expected = reference[key];
    if (!expected) {
      problems.push(`${key}: not in the reference catalogue`);
      continue;
    }
    const message = typeof entry?.message === 'string' ? entry.message : '';
    if (message.trim() === '') problems.push(`${key}: empty`);
    const want = placeholders(expected.message).join(' ');
    const got = placeholders(message).join(' ');
    if (want !== got) problems.push(`${key}: placeholders "${got}", expected "${want}"`);
    if (/\$(?![\d$])/.test(message.replaceAll('$$', ''))) problems.push(`${key}: a lone "$" (write "$$")`);
  }
  return problems;
}

/**
 * French typography: a no-break space (U+00A0) before « : ; ? ! » and inside guillemets, so the mark never
 * starts a line on its own. True when `text` has an ordinary space there instead.
 */
export function breaksFrenchSpacing(text: string): boolean {
  return / [:;?!»]|« /.test(text);
}

/** The messages of a French catalogue that break its spacing. */
export function frenchSpacingProblems(catalogue: Catalogue): string[] {
  return Object.entries(catalogue)
    .filter(([, { message }]) => breaksFrenchSpacing(message))
    .map(([key]) => `${key}: an ordinary space before : ; ? ! » or after « (use U+00A0)`);
}
