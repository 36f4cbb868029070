/**
 * The line that changes between visits, so the page never goes stale: her reasons, the lines of her plan,
 * and a few gentle reminders. Pure: the same lines and seed give the same line.
 */

/** Every distinct non-empty line, in order: reasons first, then the plan's lines, then the reminders. */
export function changingLines(
  reasons: readonly string[],
  planText: string,
  reminders: readonly string[],
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...reasons, ...planText.split('\n'), ...reminders]) {
    const line = raw.trim();
    if (line && !seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

/** The line for visit number `seed`: one visit to the next steps through the lines in turn. */
export function pickLine(lines: readonly string[], seed: number): string | undefined {
  if (lines.length === 0) return undefined;
  const n = Number.isFinite(seed) ? Math.abs(Math.trunc(seed)) : 0;
  return lines[n % lines.length];
}
