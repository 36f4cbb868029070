import type { NextMilestone } from '@/src/core';
import { t } from '@/src/i18n/t';

const YEAR = 365;

/** A milestone said the way she would say it: "two weeks", "one month", "your goal of 45 days". */
export function milestoneName(next: NextMilestone): string {
  const d = next.days;
  if (next.isGoal) return t('milestoneNameGoal', d);
  switch (d) {
    case 3:
      return t('milestoneName3');
    case 7:
      return t('milestoneName7');
    case 14:
      return t('milestoneName14');
    case 21:
      return t('milestoneName21');
    case 30:
      return t('milestoneName30');
    case 60:
      return t('milestoneName60');
    case 90:
      return t('milestoneName90');
    case 180:
      return t('milestoneName180');
    case YEAR:
      return t('milestoneName365');
    default:
      return d % YEAR === 0 ? t('milestoneNameYears', d / YEAR) : t('milestoneNameDays', d);
  }
}
