import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fixedClockScript } from './fixed-clock';

const AT = Date.UTC(2030, 2, 14, 20, 30);

function pageWithFixedClock(): { Date: DateConstructor } {
  const page = { Date } as { Date: DateConstructor };
  runInNewContext(fixedClockScript(AT), { globalThis: page, Date });
  return page;
}

describe('fixedClockScript', () => {
  it('stops the clock at the given moment', () => {
    const { Date: PageDate } = pageWithFixedClock();
    expect(PageDate.now()).toBe(AT);
    expect(new PageDate().toISOString()).toBe('2030-03-14T20:30:00.000Z');
  });

  it('leaves dates built from a value alone', () => {
    const { Date: PageDate } = pageWithFixedClock();
    expect(new PageDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new PageDate('2026-11-25T21:40:00Z').getTime()).toBe(Date.UTC(2026, 10, 25, 21, 40));
    expect(PageDate.UTC(2030, 0, 1)).toBe(Date.UTC(2030, 0, 1));
    expect(new PageDate() instanceof Date).toBe(true);
  });
});
