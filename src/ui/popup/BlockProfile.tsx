import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { BlockState } from './popup-view';

export interface BlockProfileProps {
  state: BlockState;
  /** The people she keeps profiles for; with more than one, she picks whose profile this is. */
  people: readonly { id: string; name: string }[];
  /** Adds the profile; resolves false when it could not be saved. */
  onBlock: (personId: string | undefined) => Promise<boolean>;
}

/**
 * "Block this profile" for the tab she is on. Always the same height, whatever the tab, so nothing moves when
 * the tab is known: a disabled button saying why when the page isn't a profile.
 */
export function BlockProfile({ state, people, onBlock }: BlockProfileProps) {
  const [personId, setPersonId] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'done' | 'failed'>('idle');
  const [doneLabel, setDoneLabel] = useState('');

  if (status === 'done' || state.kind === 'listed') {
    return (
      <section class="block-profile" data-testid="block-profile" data-state="listed">
        <p class="block-status" role="status">
          {status === 'done'
            ? t('blockDone', doneLabel)
            : t('profileDuplicate', state.kind === 'listed' ? state.label : '')}
        </p>
      </section>
    );
  }

  if (state.kind !== 'profile') {
    return (
      <section class="block-profile" data-testid="block-profile" data-state={state.kind}>
        <button type="button" class="block-button" disabled aria-describedby="block-why">
          {t('blockThisProfile')}
        </button>
        <p id="block-why" class={state.kind === 'loading' ? 'hint block-why is-pending' : 'hint block-why'}>
          {t('blockNotProfile')}
        </p>
      </section>
    );
  }

  const block = async () => {
    setStatus('saving');
    const label = state.label;
    const ok = await onBlock(people.length > 1 ? (personId ?? people[0]?.id) : undefined);
    setDoneLabel(label);
    setStatus(ok ? 'done' : 'failed');
  };

  return (
    <section class="block-profile" data-testid="block-profile" data-state="profile">
      <button type="button" class="block-button primary" onClick={block} disabled={status === 'saving'}>
        <span>{t('blockThisProfile')}</span>
        <span class="block-target" data-testid="block-target">
          {state.label}
        </span>
      </button>
      {people.length > 1 && (
        <div class="block-person">
          <label for="block-person">{t('blockAddTo')}</label>
          <select
            id="block-person"
            value={personId ?? people[0]?.id}
            onChange={(e) => setPersonId((e.target as HTMLSelectElement).value)}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || t('defaultPersonName')}
              </option>
            ))}
          </select>
        </div>
      )}
      {status === 'failed' && (
        <p class="error" role="alert">
          {t('blockFailed')}
        </p>
      )}
    </section>
  );
}
