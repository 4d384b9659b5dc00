// Calendar days as numbers (days since 1970-01-01, UTC), and axis ticks that fall on tidy
// boundaries: whole years, quarters, months or weeks, as many as fit the width.
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2025-05-15" → its day number; the calendar day as written, whatever the time zone. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface TimeTick {
  day: number;
  label: string;
  /** A year boundary, drawn stronger. */
  major: boolean;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
const DAY_STEPS = [1, 2, 7, 14];

function monthTicks(start: number, end: number, step: number): TimeTick[] {
  const first = new Date(start * DAY_MS);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS < start) index += 1;
  index = Math.ceil(index / step) * step;
  const ticks: TimeTick[] = [];
  for (; ; index += step) {
    const year = Math.floor(index / 12);
    const month = index % 12;
    const day = Date.UTC(year, month, 1) / DAY_MS;
    if (day > end) break;
    // Quarters and half-years read best with the year alone at each January.
    const label =
      step >= 12 || (step >= 3 && month === 0)
        ? String(year)
        : month === 0 || ticks.length === 0
          ? `${MONTHS[month]} ${year}`
          : MONTHS[month]!;
    ticks.push({ day, label, major: month === 0 });
  }
  return ticks;
}

function dayTicks(start: number, end: number, step: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  for (let day = Math.ceil(start / step) * step; day <= end; day += step) {
    const date = new Date(day * DAY_MS);
    ticks.push({ day, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`, major: date.getUTCMonth() === 0 && date.getUTCDate() === 1 });
  }
  return ticks;
}

/** Ticks between `start` and `end` (day numbers) with at least `minGap` pixels between labels. */
export function timeTicks(start: number, end: number, width: number, minGap = 72): TimeTick[] {
  const room = Math.max(2, Math.floor(width / minGap));
  const span = Math.max(1, end - start);
  if (span < 62) {
    const step = DAY_STEPS.find((days) => span / days <= room) ?? 28;
    return dayTicks(start, end, step);
  }
  const months = span / 30.44;
  const step = MONTH_STEPS.find((candidate) => months / candidate <= room) ?? 120;
  return monthTicks(start, end, step);
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
