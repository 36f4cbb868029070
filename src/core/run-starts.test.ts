import { describe, expect, it } from 'vitest';
import type { NoContactEvent } from './events';
import { countingStarts, noContactSince, runStarts } from './run-starts';

const TZ = 'UTC';
const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
const install = (day: string): NoContactEvent => ({ type: 'start', at: at(day), since: day, install: true });
const start = (recorded: string, since: string): NoContactEvent => ({
  type: 'start',
  at: at(recorded),
  since,
});

describe('countingStarts and noContactSince', () => {
  it.each<[string, NoContactEvent[], string]>([
    ['the install day while she set none', [install('2026-03-01')], '2026-03-01'],
    [
      'her day over the install day',
      [install('2026-03-01'), start('2026-03-02', '2026-02-10')],
      '2026-02-10',
    ],
    [
      'the later of two days she set, as recorded',
      [start('2026-03-02', '2026-02-10'), start('2026-03-03', '2026-02-20')],
      '2026-02-20',
    ],
    [
      'her day, not the install day of a browser that came later (synced or imported)',
      [install('2026-03-01'), start('2026-03-02', '2026-02-10'), install('2026-03-05')],
      '2026-02-10',
    ],
    [
      'the first install day of two browsers installed before she set one',
      [install('2026-03-01'), install('2026-03-04')],
      '2026-03-01',
    ],
    ['the fallback with nothing recorded', [], '2026-01-01'],
  ])('is %s', (_, events, since) => {
    expect(noContactSince(events, '2026-01-01')).toBe(since);
    expect(countingStarts(events).every((e, i) => i === 0 || !e.install)).toBe(true);
  });

  it("never lets another browser's install day end her run", () => {
    const events = [install('2026-03-01'), start('2026-03-02', '2026-02-10'), install('2026-03-05')];
    expect(runStarts(events, TZ, '2026-01-01').map((s) => s.day)).toEqual(['2026-02-10']);
  });
});
