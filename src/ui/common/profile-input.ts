import { type ParseResult, parseTarget } from '@/src/core';
import { now } from '@/src/env/clock';
import { t } from '@/src/i18n/t';
import { requestHostAccessFor } from '@/src/permissions/host-access';
import { addProfile } from '@/src/storage';
import type { AddOutcome, Recognition } from '../options/ProfileForm';
import { parseErrorMessage } from '../options/parse-error-message';
import { recognisedLabel, targetLabel } from '../options/target-label';
import { browserRegion, regionName } from './browser-region';

/** Her text read as a target; a number without a country code is read in her browser's region. */
function parse(input: string): ParseResult {
  return parseTarget(input, { region: browserRegion() });
}

/** The country a number was read in, for her to check, when it had no country code. */
function assumedNote(parsed: ParseResult): string | undefined {
  return parsed.ok && parsed.assumedRegion
    ? t('phoneRegionAssumed', regionName(parsed.assumedRegion))
    : undefined;
}

/**
 * Adds what she pasted to her list, or says in her words why it can't be: shared by the options page and the
 * welcome page. `defaultPersonName` names the person created when there is none yet ("Him" unless given).
 */
export async function addFromInput(
  input: string,
  personId?: string,
  defaultPersonName: string = t('defaultPersonName'),
): Promise<AddOutcome> {
  const parsed = parse(input);
  if (!parsed.ok) {
    const failure = parsed as { code?: string; platformName?: string };
    return { ok: false, error: parseErrorMessage(failure.code, failure.platformName) };
  }
  // A site, a platform beyond the first ten, his number's chat apps, his address's webmail: ask for the hosts
  // now, while her key press still counts as a gesture (before any await). Not awaited: the prompt may stay
  // open. Declining still blocks it, by a rule that needs no access (src/permissions/host-access.ts).
  void requestHostAccessFor(parsed.target);
  const result = await addProfile({
    target: parsed.target,
    input: input.trim(),
    now: now(),
    personId,
    defaultPersonName,
  });
  if (!result.ok) return { ok: false, error: t('profileDuplicate', targetLabel(parsed.target)) };
  const note = assumedNote(parsed);
  const added = t('profileAdded', recognisedLabel(parsed.target));
  return { ok: true, message: note ? `${added} ${note}` : added };
}

/** What a pasted text would block ("Instagram · @sam — also covers …"), or nothing yet. */
export function recognise(input: string): Recognition | undefined {
  const parsed = parse(input);
  return parsed.ok ? { label: recognisedLabel(parsed.target), note: assumedNote(parsed) } : undefined;
}
