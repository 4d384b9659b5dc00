// Calendar days as numbers (days since 1970-01-01, UTC) and month names for spans of them.
// The ticks of a drawn axis are in time-ticks.ts, which only charts load.
export const DAY_MS = 86_400_000;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2025-05-15" → its day number; the calendar day as written, whatever the time zone. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "Mar 2022", or "May – Jun 2025" for a span of months, "Dec 2024 – Jan 2025" across years. */
export function monthSpanLabel(startIso: string, endIso: string): string {
  const [y1, m1] = startIso.split('-');
  const [y2, m2] = endIso.split('-');
  const first = MONTHS[Number(m1) - 1];
  const last = MONTHS[Number(m2) - 1];
  if (y1 === y2 && m1 === m2) return `${first} ${y1}`;
  if (y1 === y2) return `${first} – ${last} ${y1}`;
  return `${first} ${y1} – ${last} ${y2}`;
}
