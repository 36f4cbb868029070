import { t } from '@/src/i18n/t';
import type { PendingChange, Person } from '@/src/storage';
import { settingsSummary } from './settings-summary';
import { targetLabel } from './target-label';

function profileName(people: readonly Person[], profileId: string): string {
  for (const person of people) {
    const profile = person.profiles.find((p) => p.id === profileId);
    if (profile) return `${person.name} — ${targetLabel(profile.target)}`;
  }
  return t('unknownItem');
}

function personName(people: readonly Person[], personId: string): string {
  return people.find((p) => p.id === personId)?.name || t('unknownItem');
}

/** What a pending change will do, in words: "Remove Sam — Instagram · @sam.rivers_". */
export function pendingDescription(change: PendingChange, people: readonly Person[]): string {
  switch (change.kind) {
    case 'remove-profile':
      return t('pendingDescRemoveProfile', profileName(people, change.payload.profileId));
    case 'pause-profile':
      return t('pendingDescPauseProfile', profileName(people, change.payload.profileId));
    case 'remove-person':
      return t('pendingDescRemovePerson', personName(people, change.payload.personId));
    case 'pause-person':
      return t('pendingDescPausePerson', personName(people, change.payload.personId));
    case 'remove-name':
      return t('pendingDescRemoveName', change.payload.name, personName(people, change.payload.personId));
    case 'show-in-feeds':
      return t('pendingDescShowInFeeds', personName(people, change.payload.personId));
    case 'settings':
      return t('pendingDescSettings', settingsSummary(change.payload));
    case 'reset':
      return t('pendingDescReset');
  }
}
