import { t } from '@/src/i18n/t';
import { friendActions } from './friend-link';

export interface FriendActionProps {
  friend: { name: string; link: string };
  optionsUrl: string;
  onOpenOptions: () => void;
}

/** Call or message the friend she named in options; a hint to set one up when she hasn't. */
export function FriendAction({ friend, optionsUrl, onOpenOptions }: FriendActionProps) {
  const actions = friendActions(friend.link);
  const name = friend.name.trim() || t('friendFallbackName');
  if (actions.length === 0) {
    return (
      <p class="hint friend-hint">
        {t('friendHint')}{' '}
        <a
          href={optionsUrl}
          onClick={(e) => {
            e.preventDefault();
            onOpenOptions();
          }}
        >
          {t('openSettings')}
        </a>
      </p>
    );
  }
  return (
    <>
      {actions.map((a) => {
        const web = /^https?:/.test(a.href);
        return (
          <a
            key={a.href}
            class="button"
            href={a.href}
            target={web ? '_blank' : undefined}
            rel={web ? 'noopener noreferrer' : undefined}
          >
            {a.kind === 'call' ? t('callFriend', name) : t('messageFriend', name)}
          </a>
        );
      })}
    </>
  );
}
