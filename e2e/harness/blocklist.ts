// Her list as stored by the extension (`local:people`), and a wait for the background to have applied it.
import type { TestBrowser } from './browsers';

export type SeedTarget =
  | { kind: 'profile'; platform: string; handle: string }
  | { kind: 'site'; host: string; path: string }
  | { kind: 'phone'; number: string }
  | { kind: 'email'; address: string };

/** `people` for storage: one person with these targets. */
export function peopleWith(targets: readonly SeedTarget[]): unknown[] {
  return [
    {
      id: 'p1',
      name: 'Sam',
      paused: false,
      profiles: targets.map((target, i) => ({
        id: `pr${i}`,
        target,
        input: inputOf(target),
        addedAt: 0,
        paused: false,
      })),
    },
  ];
}

/** What she would have typed for it. */
function inputOf(target: SeedTarget): string {
  switch (target.kind) {
    case 'site':
      return `https://${target.host}${target.path}`;
    case 'profile':
      return target.handle;
    case 'phone':
      return target.number;
    case 'email':
      return target.address;
  }
}

export const instagram = (handle: string): SeedTarget => ({ kind: 'profile', platform: 'instagram', handle });

/**
 * Chromium: resolves once the dynamic DNR rules mention every handle (the background rebuilt them).
 * Firefox has no rules to read; its webRequest listener reads the list on each request.
 */
export async function waitForRules(tb: TestBrowser, needles: readonly string[]): Promise<void> {
  if (tb.name !== 'chromium') return;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const filters = await tb.evalInExtension(async (api) => {
      const dnr = (api as unknown as { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } })
        .declarativeNetRequest;
      return JSON.stringify(await dnr.getDynamicRules());
    });
    // Regex filters escape dots.
    if (needles.every((n) => filters.includes(n.replace(/\./g, '\\\\.')))) return;
    if (Date.now() > deadline) throw new Error(`DNR rules never covered ${needles.join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
