import type { Streak } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';
import './streak-counter.css';

export interface StreakCounterProps {
  streak: Streak;
  goalDays: number;
}

/** The streak, big, with progress toward her goal. Hours in the first two days, when every hour counts. */
export function StreakCounter({ streak, goalDays }: StreakCounterProps) {
  const inHours = streak.days < 2 && streak.startAt !== null;
  const value = inHours ? streak.hours : streak.days;
  const label = inHours ? tCount('streakHours', value) : tCount('streakDays', value);
  const done = Math.min(streak.days, goalDays);
  return (
    <section class="streak" aria-label={label}>
      <p class="streak-value" data-testid="streak-days" data-days={streak.days}>
        <span class="streak-number">{value}</span>{' '}
        <span class="streak-unit">{label.replace(String(value), '').trim()}</span>
      </p>
      <progress
        class="streak-progress"
        max={goalDays}
        value={done}
        aria-label={t('streakProgress', done, goalDays)}
      />
      <p class="streak-goal">
        {streak.days >= goalDays ? t('goalReached', goalDays) : t('streakProgress', done, goalDays)}
      </p>
    </section>
  );
}
