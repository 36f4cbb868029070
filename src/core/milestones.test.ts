import { describe, expect, it } from 'vitest';
import type { Millis, NoContactEvent } from './events';
import { dueMilestone, MILESTONES, milestonesReached, nextMilestone } from './milestones';
import { currentStreak, type Streak } from './streak';

const t = (iso: string): Millis => Date.parse(iso);
const NY = 'America/New_York';

describe('milestonesReached', () => {
  it.each<[number, number | null, number[]]>([
    [0, null, []],
    [2, null, []],
    [3, null, [3]],
    [20, null, [3, 7, 14]],
    [364, null, [3, 7, 14, 21, 30, 60, 90, 180]],
    [365, null, [...MILESTONES]],
    [1100, null, [...MILESTONES, 730, 1095]],
    [45, 45, [3, 7, 14, 21, 30, 45]],
    [45, 30, [3, 7, 14, 21, 30]],
    [45, 0, [3, 7, 14, 21, 30]],
    [45, 2.5, [3, 7, 14, 21, 30]],
  ])('%i days, goal %s: %j', (days, goal, want) => {
    expect(milestonesReached(days, goal)).toEqual(want);
  });
});

describe('nextMilestone', () => {
  it.each<[number, number | null, { days: number; remaining: number; isGoal: boolean }]>([
    [0, null, { days: 3, remaining: 3, isGoal: false }],
    [3, null, { days: 7, remaining: 4, isGoal: false }],
    [29, null, { days: 30, remaining: 1, isGoal: false }],
    [200, null, { days: 365, remaining: 165, isGoal: false }],
    [365, null, { days: 730, remaining: 365, isGoal: false }],
    [800, null, { days: 1095, remaining: 295, isGoal: false }],
    [31, 45, { days: 45, remaining: 14, isGoal: true }],
    [31, 60, { days: 60, remaining: 29, isGoal: true }],
    [31, 100, { days: 60, remaining: 29, isGoal: false }],
    [60, 100, { days: 90, remaining: 30, isGoal: false }],
    [95, 100, { days: 100, remaining: 5, isGoal: true }],
    [400, 500, { days: 500, remaining: 100, isGoal: true }],
    [10, 5, { days: 14, remaining: 4, isGoal: false }],
  ])('after %i days, goal %s', (days, goal, want) => {
    expect(nextMilestone(days, goal)).toEqual(want);
  });
});

describe('dueMilestone', () => {
  const start: NoContactEvent = { type: 'start', at: t('2024-06-01T09:00:00-04:00'), since: '2024-06-01' };
  const streakAt = (events: NoContactEvent[], iso: string, zone = NY): Streak =>
    currentStreak(events, t(iso), zone);
  const milestone = (days: number, streakStart: Millis): NoContactEvent => ({
    type: 'milestone',
    at: streakStart + days * 86_400_000,
    days,
    streakStart,
  });
  const runStart = t('2024-06-01T00:00:00-04:00');

  it.each<{ name: string; events: NoContactEvent[]; now: string; goal?: number; want: number | null }>([
    { name: 'nothing before day 3', events: [start], now: '2024-06-03T23:00:00-04:00', want: null },
    { name: 'day 3 when reached', events: [start], now: '2024-06-04T00:00:00-04:00', want: 3 },
    {
      name: 'nothing once recorded for this run',
      events: [start, milestone(3, runStart)],
      now: '2024-06-05T12:00:00-04:00',
      want: null,
    },
    {
      name: 'the next one after a recorded one',
      events: [start, milestone(3, runStart)],
      now: '2024-06-08T12:00:00-04:00',
      want: 7,
    },
    {
      name: 'only the highest after a long absence',
      events: [start, milestone(3, runStart)],
      now: '2024-06-25T12:00:00-04:00',
      want: 21,
    },
    {
      name: 'her goal',
      events: [start, milestone(3, runStart)],
      now: '2024-06-06T12:00:00-04:00',
      goal: 5,
      want: 5,
    },
    {
      name: 'again in a new run after a contact, despite the old run’s records',
      events: [start, milestone(7, runStart), { type: 'contact', at: t('2024-06-10T20:00:00-04:00') }],
      now: '2024-06-13T20:00:00-04:00',
      want: 3,
    },
    {
      name: 'nothing in the new run once recorded with its start',
      events: [
        start,
        { type: 'contact', at: t('2024-06-10T20:00:00-04:00') },
        milestone(3, t('2024-06-10T20:00:00-04:00')),
      ],
      now: '2024-06-13T20:00:00-04:00',
      want: null,
    },
  ])('$name', ({ events, now, goal, want }) => {
    expect(dueMilestone(events, streakAt(events, now), NY, goal)).toBe(want);
  });

  it('is not repeated when she travels east and the start day begins at another instant', () => {
    const events: NoContactEvent[] = [start, milestone(3, runStart)];
    const inTokyo = streakAt(events, '2024-06-06T12:00:00+09:00', 'Asia/Tokyo');
    expect(inTokyo.startAt).not.toBe(runStart);
    expect(dueMilestone(events, inTokyo, 'Asia/Tokyo')).toBeNull();
  });
});
