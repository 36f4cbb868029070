import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { EventOf, Millis, NoContactEvent } from '@/src/core';
import { recordEvent } from './events';
import { keepValid } from './repair';

/**
 * Going through to his profile is a slip, not contact. Later (on the next interstitial, or in the popup) she
 * is asked, once, whether she contacted him; her answers are kept here so each slip is asked about only once.
 */

const SlipAnswerSchema = v.object({
  /** The slip's id (see `slipId`). */
  slip: v.string(),
  contacted: v.boolean(),
  /** When she answered. */
  at: v.pipe(v.number(), v.finite()),
});

export type SlipAnswer = v.InferOutput<typeof SlipAnswerSchema>;

export const slipAnswersItem = storage.defineItem<SlipAnswer[]>('local:slipAnswers', {
  fallback: [],
  version: 1,
});

const MAX_ANSWERS = 500;
/** A slip older than this is not asked about any more. */
export const SLIP_QUESTION_MAX_AGE_MS = 7 * 24 * 3_600_000;

export type SlipEvent = EventOf<'slip'>;

/** A slip is known by its visit (one per interstitial visit), or by its time when it has none. */
export function slipId(slip: SlipEvent): string {
  return slip.visit ?? `at:${slip.at}`;
}

/** Keeps the well-formed answers, the latest `MAX_ANSWERS`. */
export function repairSlipAnswers(value: unknown): SlipAnswer[] {
  return keepValid(SlipAnswerSchema, value, Number.POSITIVE_INFINITY).slice(-MAX_ANSWERS);
}

export async function readSlipAnswers(): Promise<SlipAnswer[]> {
  return repairSlipAnswers(await slipAnswersItem.getValue());
}

/**
 * The slip to ask about, or null: her latest slip, when she hasn't answered for it, no contact was recorded
 * since, and it is less than a week old.
 */
export function pendingSlip(
  events: readonly NoContactEvent[],
  answers: readonly SlipAnswer[],
  now: Millis,
): SlipEvent | null {
  let latest: SlipEvent | undefined;
  let lastContact = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e.type === 'slip' && (!latest || e.at >= latest.at)) latest = e;
    else if (e.type === 'contact') lastContact = Math.max(lastContact, e.at);
  }
  if (!latest || lastContact >= latest.at || now - latest.at > SLIP_QUESTION_MAX_AGE_MS) return null;
  const id = slipId(latest);
  return answers.some((a) => a.slip === id) ? null : latest;
}

/**
 * Records her answer. "Yes" records contact at the time of the slip, so the streak restarts from then; "no"
 * leaves the streak as it is.
 */
export async function answerSlip(slip: SlipEvent, contacted: boolean, now: Millis): Promise<void> {
  if (contacted) await recordEvent({ type: 'contact', at: slip.at });
  const answers = await readSlipAnswers();
  const id = slipId(slip);
  await slipAnswersItem.setValue([...answers.filter((a) => a.slip !== id), { slip: id, contacted, at: now }]);
}
