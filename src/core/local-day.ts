import type { LocalDay, Millis } from './events';

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Read back through formatToParts: a locale's date pattern (even en-CA's) has changed between ICU releases.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The `YYYY-MM-DD` form of a civil date. */
export function formatLocalDay(year: number, month: number, day: number): LocalDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The local calendar day of an instant in a time zone. */
export function localDay(at: Millis, timeZone: string): LocalDay {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return formatLocalDay(year, month, day);
}

/** Days since 1970-01-01 of a civil date, independent of any time zone. */
export function dayNumber(day: LocalDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The civil date `dayNumber` days after 1970-01-01. */
export function dayFromNumber(dayNumber: number): LocalDay {
  const date = new Date(dayNumber * DAY_MS);
  return formatLocalDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar day `count` days after `day` (before, when negative); calendar arithmetic, so DST plays no part. */
export function addDays(day: LocalDay, count: number): LocalDay {
  return dayFromNumber(dayNumber(day) + count);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return dayNumber(to) - dayNumber(from);
}

const dayStarts = new Map<string, Millis>();

/**
 * The first instant of a local day in a time zone: local midnight, or the first instant after it when the
 * zone skipped midnight (DST starting at 00:00, as in America/Santiago) or skipped the whole day.
 */
export function startOfLocalDay(day: LocalDay, timeZone: string): Millis {
  const cacheKey = `${timeZone}|${day}`;
  const cached = dayStarts.get(cacheKey);
  if (cached !== undefined) return cached;
  // Bisect rather than apply an offset: the offset itself changes at the instants that matter here.
  // UTC offsets lie within -12 h..+14 h, so local midnight lies within [wall - 14 h, wall + 12 h].
  const wall = dayNumber(day) * DAY_MS;
  let before = wall - 15 * 3_600_000; // local day is still earlier than `day`
  let after = wall + 13 * 3_600_000; // local day has reached `day`
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (localDay(mid, timeZone) >= day) after = mid;
    else before = mid;
  }
  if (dayStarts.size >= 4096) dayStarts.clear(); // bounded: callers ask about a handful of days at a time
  dayStarts.set(cacheKey, after);
  return after;
}

export function isLocalDay(value: unknown): value is LocalDay {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
