// Axis ticks that fall on tidy boundaries: whole years, quarters, months or weeks, as many as
// fit the width. Apart from time-axis.ts so the first view, which draws no axis, ships none.
import { DAY_MS, MONTHS } from './time-axis.ts';

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
