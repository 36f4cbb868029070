import { useEffect, useState } from 'preact/hooks';
import { type HandleNameReason, handleAsName } from '@/src/core';
import { t } from '@/src/i18n/t';
import type { PendingChange, Person } from '@/src/storage';
import { NamesField } from '../common/NamesField';
import { checkNames } from '../common/names-input';
import { PendingNote } from './PendingNote';
import { targetLabel } from './target-label';

export interface NamesFormProps {
  person: Person;
  /** Waiting removals of his names. */
  pending: PendingChange[];
  formatWhen: (at: number) => string;
  /** Saves the names she wants him to have; says whether some removals wait for the delay. */
  onSave: (names: string[]) => Promise<void>;
  onCancelPending: (id: string) => void;
}

function reasonText(reason: HandleNameReason): string {
  switch (reason) {
    case 'everyday':
      return t('handleReasonEveryday');
    case 'short':
      return t('handleReasonShort');
    case 'number':
      return t('handleReasonNumber');
  }
}

/** His handles as names: which count (and as what), which don't and why. */
interface HandleLine {
  label: string;
  text: string;
  counts: boolean;
}

function handleLines(person: Person): HandleLine[] {
  return person.profiles.flatMap((profile): HandleLine[] => {
    if (profile.target.kind !== 'profile') return [];
    const label = targetLabel(profile.target);
    const verdict = handleAsName(profile.target.handle);
    return verdict.counts
      ? [{ label, counts: true, text: t('handleCounts', label, verdict.target.name) }]
      : [{ label, counts: false, text: t('handleNotCounted', label, reasonText(verdict.reason)) }];
  });
}

/** "Names he goes by" on his card: her names for him, saved together; taking one away waits for the delay. */
export function NamesForm({ person, pending, formatWhen, onSave, onCancelPending }: NamesFormProps) {
  const removals = pending.filter(
    (c): c is Extract<PendingChange, { kind: 'remove-name' }> =>
      c.kind === 'remove-name' && c.payload.personId === person.id,
  );
  const leaving = new Set(removals.map((c) => c.payload.name));
  const shown = person.names.filter((n) => !leaving.has(n)).join('\n');
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  // What is stored changed (saved here, a removal taking effect, another computer through sync): show it.
  useEffect(() => setText(shown), [shown]);
  const id = `names-${person.id}`;
  const handles = handleLines(person);

  function save(e: Event) {
    e.preventDefault();
    const checked = checkNames(text);
    if (!checked.ok) {
      setError(checked.error);
      setStatus('');
      return;
    }
    setError(undefined);
    // Not awaited before asking: the browser's prompt for the engines needs her click (OptionsApp).
    void onSave(checked.names).then(() => {
      const [single] = checked.oneWord;
      setStatus(single ? t('namesSavedOneWord', single) : t('namesSaved'));
    });
  }

  return (
    <form class="names-form" onSubmit={save} noValidate>
      <NamesField
        id={id}
        value={text}
        error={error}
        onInput={(value) => {
          setText(value);
          setError(undefined);
        }}
      />
      <button type="submit">{t('namesSave')}</button>
      <p class="status" role="status" data-testid="names-status">
        {status}
      </p>
      {removals.map((change) => (
        <PendingNote
          key={change.id}
          text={t('pendingRemoveName', change.payload.name, formatWhen(change.effectiveAt))}
          what={t('pendingDescRemoveName', change.payload.name, person.name)}
          onCancel={() => onCancelPending(change.id)}
        />
      ))}
      {handles.length > 0 && (
        <div class="handle-names">
          <p class="hint">{t('handlesIntro')}</p>
          <ul class="hint" data-testid="handle-names">
            {handles.map((h) => (
              <li key={h.label} class={h.counts ? 'counts' : 'not-counted'}>
                {h.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
