import { t } from '@/src/i18n/t';

/** Her own words, or the default plan in her language until she writes one. */
export function planOrDefault(text: string | null): string {
  return text ?? t('defaultPlan');
}
