/**
 * The entry a host belongs to, by walking up its labels: `uk.linkedin.com` → `linkedin.com`. A host that
 * merely contains a domain (`instagram.com.evil.example`, `notinstagram.com`) finds nothing.
 */
export function lookUpHost<T>(
  byDomain: ReadonlyMap<string, T>,
  host: string,
): { entry: T; domain: string } | undefined {
  let candidate = host;
  for (;;) {
    const entry = byDomain.get(candidate);
    if (entry) return { entry, domain: candidate };
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}
