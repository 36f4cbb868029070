import { describe, expect, it } from 'vitest';
import { repairJournal, repairPeople, repairPlan, repairSettings } from './repair';

const target = { kind: 'profile', platform: 'instagram', handle: 'sam' } as const;

describe('repair', () => {
  it('keeps a person whose fields are wrong, with their defaults, and only his valid profiles', () => {
    const people = repairPeople([
      {
        id: 'p1',
        name: 'x'.repeat(81),
        paused: 'yes',
        profiles: [
          { id: 'a', target, input: 7, addedAt: Number.NaN, paused: null, extra: 1 },
          { id: 'b', target: { kind: 'site', host: 'example.com', path: 'no-slash' } },
          { id: '', target },
        ],
        extra: true,
      },
      { id: 'x'.repeat(65), profiles: [] },
    ]);
    expect(people).toEqual([
      {
        id: 'p1',
        name: '',
        paused: false,
        profiles: [{ id: 'a', target, input: '', addedAt: 0, paused: false }],
        names: [],
        hideFromFeeds: true,
      },
    ]);
  });

  it('keeps her names for him that are text of a sensible length, and drops the rest', () => {
    const [person] = repairPeople([
      { id: 'p1', names: ['Kai Morgan', 42, '', '  ', 'x'.repeat(81), 'Kaimo', null], profiles: [] },
    ]);
    expect(person?.names).toEqual(['Kai Morgan', 'Kaimo']);
    expect(repairPeople([{ id: 'p2', names: 'Kai Morgan', profiles: [] }])[0]?.names).toEqual([]);
  });

  it('keeps numbers and addresses only as they are stored: E.164, lower case', () => {
    const phone = { kind: 'phone', number: '+34600000000' };
    const email = { kind: 'email', address: 'kai.morgan@example.com' };
    const [person] = repairPeople([
      {
        id: 'p1',
        profiles: [
          { id: 'a', target: phone },
          { id: 'b', target: email },
          { id: 'c', target: { kind: 'phone', number: '+34 600 000 000' } },
          { id: 'd', target: { kind: 'phone', number: '34600000000' } },
          { id: 'e', target: { kind: 'email', address: 'Kai.Morgan@example.com' } },
          { id: 'f', target: { kind: 'email', address: 'kai.morgan' } },
        ],
      },
    ]);
    expect(person?.profiles.map((p) => p.target)).toEqual([phone, email]);
  });

  it('keeps at most 200 people and 2000 profiles each', () => {
    const profiles = Array.from({ length: 2001 }, (_, i) => ({ id: `p${i}`, target }));
    const people = repairPeople(
      Array.from({ length: 201 }, (_, i) => ({ id: `h${i}`, profiles: i ? [] : profiles })),
    );
    expect(people).toHaveLength(200);
    expect(people[0]?.profiles).toHaveLength(2000);
  });

  it('repairs each field of the plan on its own', () => {
    expect(
      repairPlan({
        text: 'x'.repeat(20_001),
        reasons: ['calm', 7],
        goalDays: 3650,
        friend: { name: 'Ana', link: 42 },
      }),
    ).toEqual({ text: null, reasons: [], goalDays: 3650, friend: { name: 'Ana', link: '' } });
    expect(repairPlan({ reasons: Array(51).fill('r'), goalDays: 1.5, friend: 'Ana' })).toEqual({
      text: null,
      reasons: [],
      goalDays: 14,
      friend: { name: '', link: '' },
    });
    expect(repairPlan(null)).toEqual(repairPlan({}));
  });

  it('keeps settings in their ranges', () => {
    expect(
      repairSettings({ countdownSeconds: 600, allowanceMinutes: 0, strict: 1, delayHours: 336.5 }),
    ).toEqual({
      countdownSeconds: 600,
      allowanceMinutes: 10,
      strict: false,
      delayHours: 24,
      foldFeeds: true,
    });
    expect(repairSettings({ delayHours: 0.5, countdownSeconds: Number.POSITIVE_INFINITY })).toEqual({
      countdownSeconds: 30,
      allowanceMinutes: 10,
      strict: false,
      delayHours: 0.5,
      foldFeeds: true,
    });
    expect(repairSettings('garbage')).toEqual(repairSettings({}));
  });

  it('drops journal entries it cannot read and keeps the rest as they were', () => {
    expect(
      repairJournal([
        { id: 'j1', at: 1, text: 'kept', mood: 'gone' },
        { id: 'j2', at: 'yesterday', text: 'dropped' },
        { id: 'j3', at: 2, text: 'x'.repeat(20_001) },
        'entry',
      ]),
    ).toEqual([{ id: 'j1', at: 1, text: 'kept' }]);
    expect(repairJournal({ not: 'a list' })).toEqual([]);
  });

  it('gives each read its own copy of the defaults', () => {
    const first = repairPlan({ friend: 7 });
    first.friend.name = 'changed';
    first.reasons.push('changed');
    expect(repairPlan({ friend: 7 })).toEqual(repairPlan({}));
    expect(repairPlan({}).friend).toEqual({ name: '', link: '' });
  });

  it('keeps handles and text by length in UTF-16 units, and any list of known fields as an entry', () => {
    const target = { kind: 'profile', platform: 'instagram', handle: 'x'.repeat(200) } as const;
    expect(repairPeople([{ id: 'p', profiles: [{ id: 'a', target }] }])[0]?.profiles).toHaveLength(1);
    const longer = { ...target, handle: 'x'.repeat(201) };
    expect(repairPeople([{ id: 'p', profiles: [{ id: 'a', target: longer }] }])[0]?.profiles).toEqual([]);
    expect(repairPlan({ reasons: ['😀'.repeat(250)] }).reasons).toHaveLength(1);
    expect(repairPlan({ reasons: ['😀'.repeat(251)] }).reasons).toEqual([]);
  });
});
