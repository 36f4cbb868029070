/**
 * When a pending change takes effect, short and local: "Tue 21:40" within the week, "Tue 2 Dec, 21:40"
 * further out. `locale` is for tests; pages use the browser's.
 */
export function formatWhen(at: number, now: number, locale?: string, timeZone?: string): string {
  const soon = at - now < 6 * 24 * 3_600_000;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    ...(soon ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** A day or moment in the past, for history and journal: "25 Nov 2026, 21:40". */
export function formatMoment(at: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** A local day `YYYY-MM-DD` in words: "25 Nov 2026". */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}
