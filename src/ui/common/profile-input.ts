import { parseTarget } from '@/src/core';
import { now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { requestHostAccessFor } from '@/src/permissions/host-access';
import { addProfile } from '@/src/storage';
import type { AddOutcome } from '../options/ProfileForm';
import { parseErrorMessage } from '../options/parse-error-message';
import { recognisedLabel, targetLabel } from '../options/target-label';

/**
 * Adds what she pasted to her list, or says in her words why it can't be: shared by the options page and the
 * welcome page. `defaultPersonName` names the person created when there is none yet ("Him" unless given).
 */
export async function addFromInput(
  input: string,
  personId?: string,
  defaultPersonName: string = t('defaultPersonName'),
): Promise<AddOutcome> {
  const parsed = parseTarget(input);
  if (!parsed.ok) {
    const failure = parsed as { code?: string; platformName?: string };
    return { ok: false, error: parseErrorMessage(failure.code, failure.platformName) };
  }
  // A site or a platform beyond the first ten: ask for its hosts now, while her key press still counts as a
  // gesture (before any await). Not awaited: the prompt may stay open. Declining still blocks it, by a rule
  // that needs no access (src/permissions/host-access.ts).
  void requestHostAccessFor(parsed.target);
  const result = await addProfile({
    target: parsed.target,
    input: input.trim(),
    now: now(),
    personId,
    defaultPersonName,
  });
  return result.ok
    ? { ok: true, message: t('profileAdded', recognisedLabel(parsed.target)) }
    : { ok: false, error: t('profileDuplicate', targetLabel(parsed.target)) };
}

/** What a pasted text would block ("Instagram · @sam — also covers …"), or nothing yet. */
export function recognise(input: string): string | undefined {
  const parsed = parseTarget(input);
  return parsed.ok ? recognisedLabel(parsed.target) : undefined;
}
