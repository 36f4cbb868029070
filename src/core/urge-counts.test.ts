import { describe, expect, it } from 'vitest';
import type { Millis, NoContactEvent } from './events';
import { urgeChart, urgesByDay, urgesInLastDays, urgesThisWeek, urgesToday } from './urge-counts';

const t = (iso: string): Millis => Date.parse(iso);
const MADRID = 'Europe/Madrid';
const NOW = t('2024-03-31T12:00:00+02:00'); // the day Madrid springs forward

const events: NoContactEvent[] = [
  { type: 'urge', at: t('2024-03-31T01:30:00+01:00'), visit: 'a' }, // turned back
  { type: 'urge', at: t('2024-03-31T09:00:00+02:00'), visit: 'b' }, // went through
  { type: 'slip', at: t('2024-03-31T09:00:05+02:00'), visit: 'b' },
  { type: 'urge', at: t('2024-03-31T10:00:00+02:00') }, // no visit id: turned back
  { type: 'urge', at: t('2024-03-30T23:59:00+01:00'), visit: 'c' }, // yesterday, just before midnight
  { type: 'urge', at: t('2024-03-29T12:00:00+01:00'), visit: 'd' }, // went through the next day
  { type: 'slip', at: t('2024-03-30T00:00:10+01:00'), visit: 'd' },
  { type: 'urge-day', at: t('2024-03-20T08:00:00+01:00'), day: '2024-03-20', count: 4 },
  { type: 'urge', at: t('2024-03-20T09:00:00+01:00') },
  { type: 'urge', at: t('2024-03-10T09:00:00+01:00') }, // outside the 14 days
  { type: 'contact', at: t('2024-03-25T09:00:00+01:00') },
];

describe('urgesByDay', () => {
  it('counts turned-back urges and slips per local day (an urge gone through counts as its slip)', () => {
    const byDay = urgesByDay(events, MADRID);
    expect(Object.fromEntries([...byDay].map(([day, d]) => [day, [d.resisted, d.slips]]))).toEqual({
      '2024-03-31': [2, 1],
      '2024-03-30': [1, 1],
      '2024-03-20': [5, 0],
      '2024-03-10': [1, 0],
    });
  });

  it('puts urges on her local day', () => {
    const late: NoContactEvent[] = [{ type: 'urge', at: t('2024-03-31T23:30:00Z') }];
    expect([...urgesByDay(late, MADRID).keys()]).toEqual(['2024-04-01']);
    expect([...urgesByDay(late, 'America/New_York').keys()]).toEqual(['2024-03-31']);
  });
});

describe('urgeChart', () => {
  it('has one entry per day for 14 days, oldest first, ending today', () => {
    const chart = urgeChart(events, NOW, MADRID);
    expect(chart).toHaveLength(14);
    expect(chart[0]?.day).toBe('2024-03-18');
    expect(chart.at(-1)).toEqual({ day: '2024-03-31', resisted: 2, slips: 1 });
    expect(chart.find((d) => d.day === '2024-03-20')).toEqual({ day: '2024-03-20', resisted: 5, slips: 0 });
    expect(chart.find((d) => d.day === '2024-03-25')).toEqual({ day: '2024-03-25', resisted: 0, slips: 0 });
    expect(chart.reduce((n, d) => n + d.resisted, 0)).toBe(8);
  });

  it('takes another length', () => {
    expect(urgeChart(events, NOW, MADRID, 3).map((d) => d.day)).toEqual([
      '2024-03-29',
      '2024-03-30',
      '2024-03-31',
    ]);
  });
});

describe('urge totals', () => {
  it.each([
    ['today', urgesToday(events, NOW, MADRID), { resisted: 2, slips: 1 }],
    ['this week (last 7 local days)', urgesThisWeek(events, NOW, MADRID), { resisted: 3, slips: 2 }],
    ['last 14 days', urgesInLastDays(events, NOW, MADRID, 14), { resisted: 8, slips: 2 }],
    [
      'today, just after midnight',
      urgesToday(events, t('2024-04-01T00:00:01+02:00'), MADRID),
      { resisted: 0, slips: 0 },
    ],
  ])('%s', (_, totals, want) => {
    expect(totals).toEqual(want);
  });
});
