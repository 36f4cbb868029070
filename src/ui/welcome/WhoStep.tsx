import { useRef, useState } from 'preact/hooks';
import { describeTarget, type Platform } from '@/src/core';
import { t } from '@/src/i18n/t';
import { NamesField } from '../common/NamesField';
import { checkNames } from '../common/names-input';
import { type AddOutcome, ProfileForm, type Recognise } from '../options/ProfileForm';
import type { CommitRef } from './step-commit';

/** The usual places, named as hints: she pastes links, there is no form per site. */
const PLACES: readonly Platform[] = ['instagram', 'facebook', 'x', 'tiktok', 'snapchat', 'linkedin'];

const placeName = (platform: Platform) =>
  describeTarget({ kind: 'profile', platform, handle: 'x' }).platformName;

export interface ListedProfile {
  id: string;
  /** "Instagram · @sam.rivers_". */
  label: string;
  platform?: Platform;
}

export interface WhoStepProps {
  name: string;
  profiles: readonly ListedProfile[];
  recognise: Recognise;
  /** Adds a pasted link; `name` names him if he isn't on the list yet. */
  onAdd: (input: string, name: string) => Promise<AddOutcome>;
  onSaveName: (name: string) => Promise<void>;
  /** "Names he goes by", as saved. */
  names: readonly string[];
  /** Saves them (checked); called from her click or key press (a first name asks for the engines' access). */
  onSaveNames: (names: string[]) => Promise<void>;
  commitRef: CommitRef;
}

/** Step 1: his name (optional) and his profile links, each recognised as it is pasted and added with Enter. */
export function WhoStep({
  name: initialName,
  profiles,
  recognise,
  onAdd,
  onSaveName,
  names: savedNames,
  onSaveNames,
  commitRef,
}: WhoStepProps) {
  const [name, setName] = useState(initialName);
  const [namesText, setNamesText] = useState(savedNames.join('\n'));
  const [namesError, setNamesError] = useState<string>();
  const box = useRef<HTMLDivElement>(null);
  const lastAdd = useRef<Promise<AddOutcome>>();
  const listed = new Set(profiles.map((p) => p.platform));

  const add = (input: string) => {
    lastAdd.current = onAdd(input, name);
    return lastAdd.current;
  };

  // Leaving the step: his names are checked (an error keeps her here), the name is saved, and a link still in
  // the field is added (or its error shown). Names first: their permission prompt needs her click, unawaited.
  commitRef.current = async () => {
    const checked = checkNames(namesText);
    if (!checked.ok) {
      setNamesError(checked.error);
      box.current?.querySelector<HTMLTextAreaElement>('#welcome-names')?.focus();
      return false;
    }
    const names = onSaveNames(checked.names);
    await onSaveName(name);
    await names;
    const input = box.current?.querySelector<HTMLInputElement>('#profile-link');
    if (!input?.value.trim() || !input.form) return true;
    input.form.requestSubmit();
    const outcome = await lastAdd.current;
    if (outcome?.ok) return true;
    input.focus();
    return false;
  };

  return (
    <div class="welcome-who" ref={box}>
      <div class="field">
        <label for="welcome-name">{t('personNameLabel')}</label>
        <input
          id="welcome-name"
          type="text"
          maxLength={80}
          autoComplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => void onSaveName(name)}
          onKeyDown={(e) => {
            // Enter after his name leads to the link, not past it.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            e.stopPropagation();
            box.current?.querySelector<HTMLInputElement>('#profile-link')?.focus();
          }}
          aria-describedby="welcome-name-hint"
        />
        <p id="welcome-name-hint" class="hint">
          {t('welcomeNameHint')}
        </p>
      </div>
      <NamesField
        id="welcome-names"
        value={namesText}
        error={namesError}
        onInput={(value) => {
          setNamesText(value);
          setNamesError(undefined);
        }}
      />
      <p class="welcome-places-intro" id="welcome-places">
        {t('welcomePlacesIntro')}
      </p>
      <ul class="welcome-places" aria-labelledby="welcome-places">
        {PLACES.map((platform) => (
          <li key={platform} class={listed.has(platform) ? 'is-listed' : undefined}>
            {placeName(platform)}
            {listed.has(platform) && (
              <>
                <span aria-hidden="true"> ✓</span>
                <span class="visually-hidden"> ({t('welcomeAdded')})</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <ProfileForm onAdd={add} recognise={recognise} />
      {profiles.length > 0 && (
        <>
          <h3 id="welcome-blocked">{t('welcomeBlockedNow')}</h3>
          <ul class="welcome-blocked" aria-labelledby="welcome-blocked">
            {profiles.map((p) => (
              <li key={p.id} data-testid="welcome-profile">
                {p.label}
                <span aria-hidden="true"> ✓</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
