import { describeTarget } from '@/src/core';
import { t } from '@/src/i18n/t';
import type { Person } from '@/src/storage';

export interface ProfileListProps {
  people: Person[];
  onRemove: (profileId: string) => void;
}

/** "Instagram · @sam.rivers_" for each blocked profile, grouped under her name for the person. */
export function ProfileList({ people, onRemove }: ProfileListProps) {
  const withProfiles = people.filter((p) => p.profiles.length > 0);
  if (withProfiles.length === 0) return <p class="hint">{t('noProfilesYet')}</p>;
  return (
    <div class="people">
      {withProfiles.map((person) => (
        <section key={person.id} class="person" aria-label={person.name}>
          <h3>{person.name}</h3>
          <ul class="profile-list">
            {person.profiles.map((profile) => {
              const d = describeTarget(profile.target);
              const label = `${d.platformName} · ${d.display}`;
              return (
                <li key={profile.id} data-testid="blocked-profile">
                  <span class="profile-label">{label}</span>
                  <button
                    type="button"
                    onClick={() => onRemove(profile.id)}
                    aria-label={t('removeProfileNamed', label)}
                  >
                    {t('removeProfile')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
