import { describeTarget, type ListedTarget, type Target, type TargetDescription } from '@/src/core';
import { t } from '@/src/i18n/t';

/** The name before the `·`: the platform or site as it writes itself, or "Phone" and "Email" in her language. */
function kindName(d: TargetDescription): string {
  if (d.kind === 'phone') return t('targetPhone');
  if (d.kind === 'email') return t('targetEmail');
  return d.platformName;
}

/** "Instagram · @sam.rivers_", "Phone · +34 600 00 00 00"; for one of his names, "a search for “kai morgan”". */
export function targetLabel(target: Target): string {
  if (target.kind === 'name') return t('searchForName', target.name);
  const d = describeTarget(target);
  return `${kindName(d)} · ${d.display}`;
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
    case 'chat-links':
      return t('featureChatLinks');
    case 'compose-links':
      return t('featureComposeLinks');
  }
}

/** "Instagram · @sam.rivers_ — also covers stories, m.instagram.com": what adding it will block. */
export function recognisedLabel(target: ListedTarget): string {
  const d = describeTarget(target);
  const covers = [...d.alsoCoversFeatures.map(featureName), ...d.alsoCovers];
  const label = `${kindName(d)} · ${d.display}`;
  return covers.length > 0 ? `${label} — ${t('alsoCovers', covers.join(', '))}` : label;
}
