import { describe, expect, it } from 'vitest';
import { type NoContactEvent, withIds } from '@/src/core';
import type { Person, Snapshot } from '@/src/storage';
import { blockState, popupView, profileCount } from './popup-view';

const TZ = 'Europe/Madrid';
const NOW = Date.UTC(2026, 2, 20, 11, 0); // 12:00 in Madrid
const at = (day: number, hour = 12) => Date.UTC(2026, 2, day, hour - 1, 0);

const people: Person[] = [
  {
    id: 'p1',
    name: 'Him',
    paused: false,
    names: [],
    hideFromFeeds: true,
    profiles: [
      {
        id: 'a',
        target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
        input: '',
        addedAt: 0,
        paused: false,
      },
    ],
  },
];

function snapshot(events: NoContactEvent[], goalDays = 14): Snapshot {
  return {
    people,
    plan: { text: null, reasons: [], goalDays, friend: { name: '', link: '' } },
    settings: { countdownSeconds: 30, allowanceMinutes: 10, strict: false, delayHours: 24, foldFeeds: true },
    events: withIds(events),
    journal: [],
    meta: { installedAt: at(1), installDay: '2026-03-01' },
    device: null,
  };
}

describe('popupView', () => {
  it('derives the streak, next milestone, best run and two weeks of urges', () => {
    const view = popupView(
      snapshot([
        { type: 'start', at: at(1), since: '2026-02-01' },
        { type: 'contact', at: at(10) },
        { type: 'urge', at: at(20, 9), visit: 'v1' },
        { type: 'urge', at: at(20, 10), visit: 'v2' },
        { type: 'slip', at: at(20, 10), visit: 'v2' },
        { type: 'urge', at: at(18) },
        { type: 'urge', at: at(1) }, // outside the two weeks
      ]),
      NOW,
      TZ,
    );
    expect(view.streak.days).toBe(10);
    expect(view.next).toEqual({ days: 14, remaining: 4, isGoal: true });
    expect(view.bestDays).toBe(37); // 1 February to 10 March
    expect(view.today).toEqual({ resisted: 1, slips: 1 });
    expect(view.chart).toHaveLength(14);
    expect(view.chart[0]?.day).toBe('2026-03-07');
    expect(view.chart[13]).toEqual({ day: '2026-03-20', resisted: 1, slips: 1 });
    expect(view.chart[11]).toEqual({ day: '2026-03-18', resisted: 1, slips: 0 });
  });

  it('counts from the install day when no start was recorded', () => {
    expect(popupView(snapshot([]), NOW, TZ).streak.days).toBe(19);
  });
});

describe('blockState', () => {
  it('offers a recognised profile that is not on her list, with its label', () => {
    expect(blockState('https://www.x.com/Sam_Rivers?s=20', people)).toEqual({
      kind: 'profile',
      target: { kind: 'profile', platform: 'x', handle: 'sam_rivers' },
      url: 'https://www.x.com/Sam_Rivers?s=20',
      label: 'X · @sam_rivers',
    });
  });

  it('says when the profile is already listed, in any of its URL forms', () => {
    expect(blockState('https://m.instagram.com/sam.rivers_/', people)).toEqual({
      kind: 'listed',
      label: 'Instagram · @sam.rivers_',
    });
  });

  it.each([
    ['a post', 'https://www.instagram.com/p/Cabc123/'],
    ['a home page', 'https://www.instagram.com/'],
    ['another site', 'https://example.org/sam'],
    ['an extension page', 'chrome-extension://abc/options.html'],
    ['a browser page', 'about:blank'],
    ['no tab', undefined],
  ])('has nothing to block on %s', (_, url) => {
    expect(blockState(url, people)).toEqual({ kind: 'not-profile' });
  });
});

describe('profileCount', () => {
  it('counts every profile, paused ones included', () => {
    expect(profileCount([])).toBe(0);
    expect(profileCount(people)).toBe(1);
  });
});
