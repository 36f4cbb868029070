import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { PendingChange, Person } from '@/src/storage';
import { NamesForm } from './NamesForm';
import { PendingNote } from './PendingNote';
import { ProfileRow } from './ProfileRow';

export interface PeopleActions {
  onRemoveProfile: (profileId: string) => void;
  onPauseProfile: (profileId: string) => void;
  onResumeProfile: (profileId: string) => void;
  onRenamePerson: (personId: string, name: string) => void;
  onRemovePerson: (personId: string) => void;
  onPausePerson: (personId: string) => void;
  onResumePerson: (personId: string) => void;
  /** "Hide from my feeds" checked (at once) or unchecked (a weakening: it waits for the delay). */
  onHideFromFeeds: (personId: string, hide: boolean) => void;
  onCancelPending: (id: string) => void;
  /** The names she wants this person to have ("Names he goes by"). */
  onSaveNames: (personId: string, names: string[]) => Promise<void>;
  /** Asks the browser for a profile's hosts: call it in her click (the prompt needs it). */
  onAllowAccess: (profileId: string) => void;
}

export interface PersonCardProps extends PeopleActions {
  person: Person;
  pending: PendingChange[];
  formatWhen: (at: number) => string;
  /** Profiles whose hosts the extension may not access, by id. */
  missingAccess: ReadonlySet<string>;
}

function concerns(change: PendingChange, ids: { person: string; profiles: Set<string> }): boolean {
  if (change.kind === 'remove-person' || change.kind === 'pause-person' || change.kind === 'show-in-feeds')
    return change.payload.personId === ids.person;
  if (change.kind === 'remove-profile' || change.kind === 'pause-profile')
    return ids.profiles.has(change.payload.profileId);
  if (change.kind === 'remove-name') return change.payload.personId === ids.person;
  return false;
}

/** One person: his name (hers to choose), his profiles, and what can be done with them. */
export function PersonCard(props: PersonCardProps) {
  const { person, formatWhen } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(person.name);
  const mine = props.pending.filter((c) =>
    concerns(c, { person: person.id, profiles: new Set(person.profiles.map((p) => p.id)) }),
  );
  const removal = mine.find((c) => c.kind === 'remove-person');
  const pause = mine.find((c) => c.kind === 'pause-person');
  const showInFeeds = mine.find((c) => c.kind === 'show-in-feeds');
  const feedsId = `person-feeds-${person.id}`;
  const headingId = `person-${person.id}`;
  const nameId = `person-name-${person.id}`;

  function rename(e: Event) {
    e.preventDefault();
    if (!name.trim()) return;
    props.onRenamePerson(person.id, name.trim().slice(0, 80));
    setRenaming(false);
  }

  return (
    <section
      class={`person${person.paused ? ' paused' : ''}`}
      aria-labelledby={headingId}
      data-testid="person"
    >
      <div class="person-head">
        <h3 id={headingId}>
          {person.name}
          {person.paused && <span class="badge">{t('pausedBadge')}</span>}
        </h3>
        <div class="person-actions">
          <button
            type="button"
            onClick={() => {
              setName(person.name);
              setRenaming(!renaming);
            }}
            aria-expanded={renaming}
            aria-label={t('renamePersonNamed', person.name)}
          >
            {t('renamePerson')}
          </button>
          {person.paused ? (
            <button
              type="button"
              onClick={() => props.onResumePerson(person.id)}
              aria-label={t('resumeNamed', person.name)}
            >
              {t('resume')}
            </button>
          ) : (
            !pause &&
            person.profiles.length > 0 && (
              <button
                type="button"
                onClick={() => props.onPausePerson(person.id)}
                aria-label={t('pauseNamed', person.name)}
              >
                {t('pause')}
              </button>
            )
          )}
          {!removal && (
            <button
              type="button"
              onClick={() => props.onRemovePerson(person.id)}
              aria-label={t('removePersonNamed', person.name)}
            >
              {t('removePerson')}
            </button>
          )}
        </div>
      </div>
      {renaming && (
        <form class="rename row" onSubmit={rename} noValidate>
          <label for={nameId} class="visually-hidden">
            {t('personNameLabel')}
          </label>
          <input
            id={nameId}
            type="text"
            maxLength={80}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {removal && (
        <PendingNote
          text={t('pendingRemove', formatWhen(removal.effectiveAt))}
          what={t('pendingDescRemovePerson', person.name)}
          onCancel={() => props.onCancelPending(removal.id)}
        />
      )}
      {pause && (
        <PendingNote
          text={t('pendingPause', formatWhen(pause.effectiveAt))}
          what={t('pendingDescPausePerson', person.name)}
          onCancel={() => props.onCancelPending(pause.id)}
        />
      )}
      <NamesForm
        person={person}
        pending={mine}
        formatWhen={formatWhen}
        onSave={(names) => props.onSaveNames(person.id, names)}
        onCancelPending={props.onCancelPending}
      />
      <div class="field check person-feeds">
        <input
          id={feedsId}
          type="checkbox"
          checked={person.hideFromFeeds && !showInFeeds}
          onChange={(e) => props.onHideFromFeeds(person.id, e.currentTarget.checked)}
          aria-describedby={`${feedsId}-hint`}
        />
        <label for={feedsId}>{t('hideFromFeedsLabel')}</label>
        <p id={`${feedsId}-hint`} class="hint">
          {t('hideFromFeedsHint')}
        </p>
      </div>
      {showInFeeds && (
        <PendingNote
          text={t('pendingShowInFeeds', formatWhen(showInFeeds.effectiveAt))}
          what={t('pendingDescShowInFeeds', person.name)}
          onCancel={() => props.onCancelPending(showInFeeds.id)}
        />
      )}
      {person.profiles.length === 0 ? (
        <p class="hint">{t('personEmpty')}</p>
      ) : (
        <ul class="profile-list">
          {person.profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              pending={mine.filter(
                (c) =>
                  (c.kind === 'remove-profile' || c.kind === 'pause-profile') &&
                  c.payload.profileId === profile.id,
              )}
              formatWhen={formatWhen}
              onRemove={() => props.onRemoveProfile(profile.id)}
              onPause={() => props.onPauseProfile(profile.id)}
              onResume={() => props.onResumeProfile(profile.id)}
              onCancelPending={props.onCancelPending}
              accessMissing={props.missingAccess.has(profile.id)}
              onAllowAccess={() => props.onAllowAccess(profile.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
