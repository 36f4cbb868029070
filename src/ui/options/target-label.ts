import { describeTarget, type ListedTarget, type Target, type TargetDescription } from '@/src/core';
import { t } from '@/src/i18n/t';

/** "Instagram · @sam.rivers_"; for one of his names, "a search for “kai morgan”". */
export function targetLabel(target: Target): string {
  if (target.kind === 'name') return t('searchForName', target.name);
  const d = describeTarget(target);
  return `${d.platformName} · ${d.display}`;
}

type CoverageFeature = TargetDescription['alsoCoversFeatures'][number];

function featureName(feature: CoverageFeature): string {
  switch (feature) {
    case 'subpages':
      return t('featureSubpages');
    case 'stories':
      return t('featureStories');
    case 'intents':
      return t('featureIntents');
    case 'messenger':
      return t('featureMessenger');
    case 'archives':
      return t('featureArchives');
    case 'viewers':
      return t('featureViewers');
    case 'mirrors':
      return t('featureMirrors');
    case 'countries':
      return t('featureCountries');
    case 'old-links':
      return t('featureOldLinks');
    case 'other-servers':
      return t('featureOtherServers');
    case 'preview':
      return t('featurePreview');
  }
}

/** "Instagram · @sam.rivers_ — also covers stories, m.instagram.com": what adding it will block. */
export function recognisedLabel(target: ListedTarget): string {
  const d = describeTarget(target);
  const covers = [...d.alsoCoversFeatures.map(featureName), ...d.alsoCovers];
  const label = `${d.platformName} · ${d.display}`;
  return covers.length > 0 ? `${label} — ${t('alsoCovers', covers.join(', '))}` : label;
}
