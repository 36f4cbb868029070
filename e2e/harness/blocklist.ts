// Her list as stored by the extension (`local:people`), and a wait for the background to have applied it.
import { listNeedles } from '../../src/core/candidates';
import type { TestBrowser } from './browsers';

export type SeedTarget =
  | { kind: 'profile'; platform: string; handle: string }
  | { kind: 'site'; host: string; path: string }
  | { kind: 'phone'; number: string }
  | { kind: 'email'; address: string };

/**
 * `people` for storage: one person with these targets, not hidden from her feeds, so that the specs of the
 * interception layers meet the in-page guard alone; e2e/feeds.e2e.ts seeds its own list with folding on.
 */
export function peopleWith(targets: readonly SeedTarget[]): unknown[] {
  return [
    {
      id: 'p1',
      name: 'Sam',
      paused: false,
      hideFromFeeds: false,
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
/** A Facebook profile; `handle` canonical: lower-case, without dots. */
export const facebook = (handle: string): SeedTarget => ({ kind: 'profile', platform: 'facebook', handle });

/** Polls `check` every 50 ms for up to 10 s. */
async function until(check: () => Promise<boolean>, failure: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Resolves once the background has applied her list with every one of these handles: the in-page guard's list
 * (written first, src/background/interception.ts) names them and, in Chromium, so do the dynamic DNR rules.
 * Firefox has no rules to read; its webRequest listener reads the list on each request.
 */
export async function waitForRules(tb: TestBrowser, handles: readonly string[]): Promise<void> {
  const needles = listNeedles(handles.map((handle) => ({ kind: 'profile', platform: 'instagram', handle })));
  await until(
    async () => {
      const stored = await tb.evalInExtension(
        async (api) => (await api.storage.local.get('inPageList')).inPageList,
      );
      const list = (stored as { needles?: string[] } | undefined)?.needles ?? [];
      return needles.every((n) => list.includes(n));
    },
    `the in-page list never named ${handles.join(', ')}`,
  );
  if (tb.name !== 'chromium') return;
  await until(
    async () => {
      const filters = await tb.evalInExtension(async (api) => {
        const dnr = (api as unknown as { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } })
          .declarativeNetRequest;
        return JSON.stringify(await dnr.getDynamicRules());
      });
      // Regex filters escape dots.
      return handles.every((n) => filters.includes(n.replace(/\./g, '\\\\.')));
    },
    `DNR rules never covered ${handles.join(', ')}`,
  );
}
