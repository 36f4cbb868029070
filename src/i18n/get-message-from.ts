type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n.getMessage` over one catalogue, for tests: the fake browser has no i18n. */
export function getMessageFrom(catalogue: Messages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = entry.message;
    for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
      text = text.replaceAll(`$${name.toUpperCase()}$`, p.content).replaceAll(`$${name}$`, p.content);
    }
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replaceAll('$$', '$');
  };
}
