import { t } from '@/src/i18n/t';
import type { PendingChange, Person } from '@/src/storage';
import { type PeopleActions, PersonCard } from './PersonCard';

export interface PeopleListProps extends PeopleActions {
  people: Person[];
  pending: PendingChange[];
  formatWhen: (at: number) => string;
  missingAccess: ReadonlySet<string>;
}

/** Everyone she blocks, each with his profiles. */
export function PeopleList({ people, ...rest }: PeopleListProps) {
  if (people.length === 0) return <p class="hint">{t('noProfilesYet')}</p>;
  return (
    <div class="people">
      {people.map((person) => (
        <PersonCard key={person.id} person={person} {...rest} />
      ))}
    </div>
  );
}
