import { t } from '@/src/i18n/t';
import type { Settings } from '@/src/storage';

/** "countdown 5 s, strict mode off": the settings in a change, in words. */
export function settingsSummary(settings: Partial<Settings>): string {
  const parts: string[] = [];
  if (settings.countdownSeconds !== undefined) parts.push(t('settingCountdown', settings.countdownSeconds));
  if (settings.allowanceMinutes !== undefined) parts.push(t('settingAllowance', settings.allowanceMinutes));
  if (settings.strict !== undefined)
    parts.push(settings.strict ? t('settingStrictOn') : t('settingStrictOff'));
  if (settings.delayHours !== undefined) parts.push(t('settingDelay', settings.delayHours));
  if (settings.foldFeeds !== undefined)
    parts.push(settings.foldFeeds ? t('settingFoldFeedsOn') : t('settingFoldFeedsOff'));
  return parts.join(', ');
}
