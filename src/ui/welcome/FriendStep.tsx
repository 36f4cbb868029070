import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { FriendFields } from '../common/FriendFields';
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
      <FriendFields
        name={name}
        link={link}
        onName={setName}
        onLink={(value) => {
          setLink(value);
          setError(undefined);
        }}
        error={error}
        onBlur={() => void save()}
      />
    </>
  );
}
