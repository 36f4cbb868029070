import { t } from '@/src/i18n/t';
import { Field } from './Field';
import { fieldAria } from './field-aria';

export interface FriendFieldsProps {
  name: string;
  link: string;
  onName: (name: string) => void;
  onLink: (link: string) => void;
  /** What is wrong with the link as typed, if anything. */
  error?: string;
  onBlur?: () => void;
}

/** The friend she can call or message instead: a name, and a phone number or a link. */
export function FriendFields({ name, link, onName, onLink, error, onBlur }: FriendFieldsProps) {
  return (
    <>
      <Field id="friend-name" label={t('friendNameLabel')}>
        <input
          id="friend-name"
          type="text"
          maxLength={80}
          autoComplete="off"
          value={name}
          onInput={(e) => onName(e.currentTarget.value)}
          onBlur={onBlur}
        />
      </Field>
      <Field
        id="friend-link"
        label={t('friendLinkLabel')}
        hint={{ id: 'friend-link-hint', text: t('friendLinkHint') }}
        error={{ id: 'friend-link-error', text: error }}
      >
        <input
          id="friend-link"
          type="text"
          inputMode="tel"
          autoComplete="off"
          spellcheck={false}
          maxLength={500}
          value={link}
          onInput={(e) => onLink(e.currentTarget.value)}
          onBlur={onBlur}
          {...fieldAria(error, 'friend-link-error', 'friend-link-hint')}
        />
      </Field>
    </>
  );
}
