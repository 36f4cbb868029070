import { now } from '@/src/env/clock';
import { requestSearchAccess } from '@/src/permissions/search-access';
import { addNames, cancelPending, type PendingChange, type Person, requestChange } from '@/src/storage';

/**
 * When she gives a new name, asks the browser for access to the search engines, with its own prompt (which
 * shows nothing once granted). Call it first thing in her click or key press: browsers refuse a permission
 * request once anything has been awaited. Her answer holds nothing up: the rules follow the grant when it
 * comes (permissions.onAdded in the background).
 */
export function askForSearchAccess(current: readonly string[], names: readonly string[]): void {
  if (names.some((n) => !current.includes(n))) void requestSearchAccess().catch(() => false);
}

/**
 * Gives a person the names she wants him to have. New names apply at once; taking one away weakens her
 * protection, so it waits for the commitment delay like removing a profile; a name she writes again while its
 * removal waits keeps it.
 */
export async function saveNames(
  person: Pick<Person, 'id' | 'names'>,
  names: readonly string[],
  pending: readonly PendingChange[],
): Promise<void> {
  const personId = person.id;
  const added = names.filter((n) => !person.names.includes(n));
  if (added.length > 0) await addNames(personId, added);
  for (const change of pending) {
    if (
      change.kind === 'remove-name' &&
      change.payload.personId === personId &&
      names.includes(change.payload.name)
    )
      await cancelPending(change.id);
  }
  const waiting = new Set(
    pending.flatMap((c) =>
      c.kind === 'remove-name' && c.payload.personId === personId ? [c.payload.name] : [],
    ),
  );
  for (const name of person.names) {
    if (!names.includes(name) && !waiting.has(name))
      await requestChange({ kind: 'remove-name', payload: { personId, name } }, now());
  }
}
