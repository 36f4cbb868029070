import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { Field } from '../common/Field';
import { FriendFields } from '../common/FriendFields';
import { fieldAria } from '../common/field-aria';
import { checkFriendLink } from './friend-link';

export interface SupportValues {
  reasons: string[];
  friend: { name: string; link: string };
}

export interface SupportFormProps {
  initial: SupportValues;
  onSave: (values: SupportValues) => Promise<void>;
}

type Errors = Partial<Record<'reasons' | 'link', string>>;

/** Her reasons (one shown on each interception) and the friend she can call instead. */
export function SupportForm({ initial, onSave }: SupportFormProps) {
  const [reasons, setReasons] = useState(initial.reasons.join('\n'));
  const [name, setName] = useState(initial.friend.name);
  const [link, setLink] = useState(initial.friend.link);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  // Saved here or changed elsewhere (an import, sync): the fields follow what is stored.
  const stored = JSON.stringify(initial);
  useEffect(() => {
    setReasons(initial.reasons.join('\n'));
    setName(initial.friend.name);
    setLink(initial.friend.link);
  }, [stored]);

  async function submit(e: Event) {
    e.preventDefault();
    const list = reasons
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    const found: Errors = {};
    if (list.length > 50 || list.some((r) => r.length > 500)) found.reasons = t('reasonsTooMany');
    const checked = checkFriendLink(link);
    if (checked === undefined) found.link = t('friendLinkInvalid');
    setErrors(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    await onSave({ reasons: list, friend: { name: name.trim().slice(0, 80), link: checked ?? '' } });
    setStatus(t('saved'));
  }

  return (
    <form class="support-form" onSubmit={submit} noValidate>
      <Field
        id="reasons"
        label={t('reasonsLabel')}
        hint={{ id: 'reasons-hint', text: t('reasonsHint') }}
        error={{ id: 'reasons-error', text: errors.reasons }}
      >
        <textarea
          id="reasons"
          rows={4}
          value={reasons}
          onInput={(e) => setReasons(e.currentTarget.value)}
          {...fieldAria(errors.reasons, 'reasons-error', 'reasons-hint')}
        />
      </Field>
      <FriendFields name={name} link={link} onName={setName} onLink={setLink} error={errors.link} />
      <button type="submit" class="primary">
        {t('saveSupport')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
