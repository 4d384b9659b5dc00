// Scales and ticks for a chart over dates, without a charting library: a linear map from
// days to pixels and ticks on month or day boundaries that fit the width.
// Day numbers and month names come from time-axis.ts, which the timeline's strip shares.
import { formatDate } from '../../lib/labels.ts';
import { DAY_MS, MONTHS, isoOfDay } from './time-axis.ts';

export interface Tick {
  at: number;
  label: string;
}

/** The days shown: the data's span, widened a little each side so no mark sits on an edge. */
export function dayDomain(days: readonly number[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (!Number.isFinite(first)) return [0, 1];
  const pad = Math.max(2, Math.round((last - first) * 0.04));
  return [first - pad, last + pad];
}

/** Month ticks ("Mar 2022") when the span is long, day ticks ("29 Mar 2022") when it is short. */
export function dayTicks([first, last]: [number, number], maxTicks: number): Tick[] {
  const span = last - first;
  if (span <= 45) {
    const step = Math.max(1, Math.ceil(span / Math.max(1, maxTicks)));
    const ticks: Tick[] = [];
    for (let day = Math.ceil(first); day <= last; day += step) ticks.push({ at: day, label: formatDate(isoOfDay(day)) });
    return ticks;
  }
  const months: number[] = [];
  const start = new Date(first * DAY_MS);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > last) break;
    months.push(day);
  }
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, maxTicks)));
  return months
    .filter((_, i) => i % step === 0)
    .map((day) => {
      const date = new Date(day * DAY_MS);
      return { at: day, label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
    });
}

export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * k;
}
