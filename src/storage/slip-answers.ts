import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { type EventId, type EventOf, isOwn, type Millis, type NoContactEvent, ownerOf } from '@/src/core';
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

export const slipAnswersItem = /* @__PURE__ */ storage.defineItem<SlipAnswer[]>('local:slipAnswers', {
  fallback: [],
  version: 1,
});

const MAX_ANSWERS = 500;
/** A slip older than this is not asked about any more. */
export const SLIP_QUESTION_MAX_AGE_MS = 7 * 24 * 3_600_000;

export type SlipEvent = EventOf<'slip'> & { id?: EventId };

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
 * The slip to ask about, or null: her latest slip on this browser (`self`; her answers stay here, so another
 * browser asks about its own), when she hasn't answered for it, no contact was recorded since, and it is less
 * than a week old.
 */
export function pendingSlip(
  events: readonly (NoContactEvent & { id?: EventId })[],
  answers: readonly SlipAnswer[],
  now: Millis,
  self?: string | null,
): SlipEvent | null {
  let latest: SlipEvent | undefined;
  let lastContact = Number.NEGATIVE_INFINITY;
  const here = (e: { id?: EventId }) => !self || e.id === undefined || isOwn(e.id, self);
  for (const e of events) {
    if (e.type === 'slip' && here(e) && (!latest || e.at >= latest.at)) latest = e;
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
  // Known by the slip's browser, so that "yes" given for one slip is one contact, wherever she answered.
  const owner = slip.id === undefined ? undefined : ownerOf(slip.id);
  if (contacted) await recordEvent({ type: 'contact', at: slip.at }, { owner });
  const answers = await readSlipAnswers();
  const id = slipId(slip);
  await slipAnswersItem.setValue([...answers.filter((a) => a.slip !== id), { slip: id, contacted, at: now }]);
}
