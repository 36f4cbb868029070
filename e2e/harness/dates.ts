// Dates for seeding storage, in this machine's time zone (the browsers run in it too).

export const DAY = 86_400_000;

/** `YYYY-MM-DD` of the local calendar day `days` before today (calendar arithmetic, so DST can't shift it). */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Noon, `days` ago, local time: safely inside that local day. */
export function noon(days: number): number {
  const d = new Date();
  d.setDate(d.getDate() - days);
  d.setHours(12, 0, 0, 0);
  return d.getTime();
}
