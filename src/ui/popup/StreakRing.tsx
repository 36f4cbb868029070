import type { ComponentChildren } from 'preact';
import type { NextMilestone, Streak } from '@/src/core';
import { t, tCount } from '@/src/i18n/t';

export interface StreakRingProps {
  streak: Streak;
  goalDays: number;
  next: NextMilestone;
  /** More lines beside the ring (today's urges). */
  children?: ComponentChildren;
}

const SIZE = 116;
const STROKE = 9;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The streak, big, inside a ring that fills toward her goal; hours in the first two days, when every hour
 * counts. Below it, the next milestone.
 */
export function StreakRing({ streak, goalDays, next, children }: StreakRingProps) {
  const inHours = streak.days < 2;
  const value = inHours ? streak.hours : streak.days;
  const sentence = inHours ? tCount('streakHours', value) : tCount('streakDays', value);
  const unit = inHours ? tCount('popupUnitHours', value) : tCount('popupUnitDays', value);
  const fraction = Math.min(1, Math.max(0, streak.days / goalDays));
  const done = Math.min(streak.days, goalDays);
  return (
    <section class="streak-ring" aria-label={sentence}>
      <div class="ring">
        <svg
          class="ring-svg"
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          width={SIZE}
          height={SIZE}
          role="img"
          aria-label={t('streakProgress', done, goalDays)}
          data-testid="progress-ring"
          data-fraction={fraction.toFixed(3)}
        >
          <circle class="ring-track" cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} stroke-width={STROKE} />
          <circle
            class="ring-fill"
            cx={SIZE / 2}
            cy={SIZE / 2}
            r={RADIUS}
            stroke-width={STROKE}
            stroke-dasharray={`${CIRCUMFERENCE} ${CIRCUMFERENCE}`}
            stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
            transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
          />
        </svg>
        <p class="ring-center" data-testid="streak-days" data-days={streak.days} aria-hidden="true">
          <span class="ring-number">{value}</span>
          <span class="ring-unit">{unit}</span>
        </p>
      </div>
      <div class="ring-text">
        <p class="ring-caption">{t('popupWithoutContact')}</p>
        <p class="ring-next" data-testid="next-milestone">
          {streak.days === goalDays
            ? t('goalReached', goalDays)
            : next.isGoal
              ? tCount('nextGoal', next.remaining, next.days)
              : tCount('nextMilestone', next.remaining, next.days)}
        </p>
        {children}
      </div>
    </section>
  );
}
