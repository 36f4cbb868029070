import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { checkFriendLink } from '../options/friend-link';
import type { CommitRef } from './step-commit';

export interface Friend {
  name: string;
  link: string;
}

export interface FriendStepProps {
  friend: Friend;
  onSave: (friend: Friend) => Promise<void>;
  commitRef: CommitRef;
}

/** Step 4: the friend she can call or message instead (optional): a name, and a phone number or a link. */
export function FriendStep({ friend, onSave, commitRef }: FriendStepProps) {
  const [name, setName] = useState(friend.name);
  const [link, setLink] = useState(friend.link);
  const [error, setError] = useState<string>();

  async function save(): Promise<boolean> {
    const checked = checkFriendLink(link);
    setError(checked === undefined ? t('friendLinkInvalid') : undefined);
    if (checked === undefined) return false;
    await onSave({ name: name.trim().slice(0, 80), link: checked });
    return true;
  }
  commitRef.current = async () => {
    const ok = await save();
    if (!ok) document.getElementById('friend-link')?.focus();
    return ok;
  };

  return (
    <>
      <p class="hint welcome-lead">{t('welcomeFriendIntro')}</p>
      <div class="field">
        <label for="friend-name">{t('friendNameLabel')}</label>
        <input
          id="friend-name"
          type="text"
          maxLength={80}
          autoComplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => void save()}
        />
      </div>
      <div class="field">
        <label for="friend-link">{t('friendLinkLabel')}</label>
        <input
          id="friend-link"
          type="text"
          inputMode="tel"
          autoComplete="off"
          spellcheck={false}
          maxLength={500}
          value={link}
          onInput={(e) => {
            setLink(e.currentTarget.value);
            setError(undefined);
          }}
          onBlur={() => void save()}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'friend-link-error' : 'friend-link-hint'}
        />
        {error ? (
          <p id="friend-link-error" class="error" role="alert">
            {error}
          </p>
        ) : (
          <p id="friend-link-hint" class="hint">
            {t('friendLinkHint')}
          </p>
        )}
      </div>
    </>
  );
}
