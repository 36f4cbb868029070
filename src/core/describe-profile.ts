import type { CoverageFeature } from './platforms';
import { rulesOf } from './recognize';
import type { ListedTarget, ProfileTarget } from './target';

export type { CoverageFeature } from './platforms';

export interface TargetDescription {
  /** What kind of target: the UI names phones and addresses in her language. */
  kind: ListedTarget['kind'];
  /** "Instagram", "X", … the site's host for other pages, "Phone" and "Email" (in English) for the others. */
  platformName: string;
  /** "@sam.rivers_", "id 100012345678901", "example.org/blog", "u/name", "+34 600 00 00 00". */
  display: string;
  /** Other hosts the same target blocks, shown as "also covers …": "m.instagram.com", "twitter.com". */
  alsoCovers: string[];
  /** What else is covered, as codes for the UI to put in words: stories, intents, Messenger, chat links… */
  alsoCoversFeatures: CoverageFeature[];
}

/**
 * A profile alone: for code that only ever shows profiles (the background's menu, the popup's block button),
 * which then carry none of the phone-number metadata (describe.ts).
 */
export function describeProfile(target: ProfileTarget): TargetDescription {
  const rules = rulesOf(target.platform);
  const covers = rules.alsoCovers(target.handle);
  return {
    kind: 'profile',
    platformName: rules.name,
    display: rules.display(target.handle),
    alsoCovers: covers.hosts,
    alsoCoversFeatures: covers.features,
  };
}
