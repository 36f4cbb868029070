import type { LocalDay } from '@/src/core';
import { now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { recordStart, savePlan } from '@/src/storage';

/** Her plan, goal and "No contact since", as the options page and the welcome page edit them. */
export interface PlanFields {
  text: string;
  goalDays: number;
  since: LocalDay;
}

export type PlanFieldErrors = Partial<Record<'since' | 'goalDays', string>>;

/** What is wrong with a start day and a goal as typed: nothing is saved while anything is. */
export function validatePlanFields(
  values: { since: string; goalDays: string },
  today: LocalDay,
): PlanFieldErrors {
  const errors: PlanFieldErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since)) errors.since = t('noContactSinceInvalid');
  else if (values.since > today) errors.since = t('noContactSinceFuture');
  const goal = Number(values.goalDays);
  if (!Number.isInteger(goal) || goal < 1 || goal > 3650) errors.goalDays = t('goalDaysInvalid');
  return errors;
}

/**
 * Saves the plan and goal, and records a new start when "No contact since" changed. The default plan, left as
 * it was, stays the default (shown in her language) instead of being stored as text.
 */
export async function savePlanFields(
  values: PlanFields,
  current: { storedText: string | null; shownText: string; since: LocalDay },
): Promise<void> {
  await savePlan({
    text: values.text === current.shownText && current.storedText === null ? null : values.text,
    goalDays: values.goalDays,
  });
  if (values.since !== current.since) await recordStart(values.since, now());
}
