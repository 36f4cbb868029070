import { nextMilestone } from '@/src/core';
import { tCount } from '@/src/i18n/t';
import { milestoneName } from './milestone-name';

/** "3 more days to two weeks": the next milestone of the streak, her goal included. */
export function NextMilestone({ days, goalDays }: { days: number; goalDays: number }) {
  const next = nextMilestone(days, goalDays);
  return (
    <p class="next-milestone" data-testid="next-milestone">
      {tCount('interstitialNextMilestone', next.remaining, milestoneName(next))}
    </p>
  );
}
