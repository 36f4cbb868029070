import type { CoverageFeature } from './platforms';
import { rulesOf } from './recognize';
import type { ListedTarget } from './target';

export type { CoverageFeature } from './platforms';

export interface TargetDescription {
  /** "Instagram", "X", … or the site's host for other pages. */
  platformName: string;
  /** "@sam.rivers_", "id 100012345678901", "example.org/blog", "u/name". */
  display: string;
  /** Other hosts the same target blocks, shown as "also covers …": "m.instagram.com", "twitter.com". */
  alsoCovers: string[];
  /** What else is covered, as codes for the UI to put in words: stories, intents, Messenger… */
  alsoCoversFeatures: CoverageFeature[];
}

/** A profile or site in words; a name is shown as the name itself (the UI puts it in quotes). */
export function describeTarget(target: ListedTarget): TargetDescription {
  if (target.kind === 'site') {
    const whole = target.path === '/';
    return {
      platformName: target.host,
      display: whole ? target.host : `${target.host}${target.path}`,
      alsoCovers: [`www.${target.host}`, `m.${target.host}`],
      alsoCoversFeatures: ['subpages'],
    };
  }
  const rules = rulesOf(target.platform);
  const covers = rules.alsoCovers(target.handle);
  return {
    platformName: rules.name,
    display: rules.display(target.handle),
    alsoCovers: covers.hosts,
    alsoCoversFeatures: covers.features,
  };
}

/** The address to open for a target: the profile on its main host, or the site page. */
export function targetUrl(target: ListedTarget): string {
  return target.kind === 'site'
    ? `https://${target.host}${target.path}`
    : rulesOf(target.platform).profileUrl(target.handle);
}
