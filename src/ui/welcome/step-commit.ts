import type { MutableRef } from 'preact/hooks';

/**
 * What a step does before she leaves it (Next, Back or Skip): saves its fields, and says whether she may go
 * on (false: something needs her attention, shown on the step).
 */
export type Commit = () => Promise<boolean>;

/** Each step puts its commit here on every render; the stepper calls it. */
export type CommitRef = MutableRef<Commit | undefined>;

export const STEP_COUNT = 6;

/** The step in the address (`#step-3`), so a reload keeps her place; 1 when there is none. */
export function stepFromHash(hash: string): number {
  const n = Number(/^#step-(\d)$/.exec(hash)?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= STEP_COUNT ? n : 1;
}
