// What a family's chart draws, decided before any drawing. Every claim is a mark on the date
// it was made; a series is one claimant's figure for one metric and subject over time. Past a
// limit, dozens of dots per claimant say nothing a reader can use, so each series is summed
// up per week or month by the highest figure given, and the chart says so. The ledger and the
// downloads keep every claim.
import type { ClaimRow } from './claim-rows.ts';
import { rowLabel } from './row-label.ts';
import { formatDate } from '../../lib/labels.ts';

export const MAX_POINTS = 150;

/** A drawn mark: a claim (or the highest of a period's claims) with its sentence. */
export type ChartPoint = ClaimRow & { label: string; series: string };

export interface ChartMarks {
  points: ChartPoint[];
  /** Said above the chart when it does not draw every claim one by one. */
  note: string | null;
}

type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** One line per claimant, metric and whose losses: "Ukraine on Russia's tanks" never joins "Russia on its own". */
export const seriesOf = (row: ClaimRow) => `${row.claimant}|${row.metric}|${row.subject ?? ''}`;

function periodStart(date: string, period: Period): string {
  switch (period) {
    case 'day':
      return date;
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'quarter':
      return `${date.slice(0, 5)}${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'year':
      return `${date.slice(0, 4)}-01-01`;
    default: {
      const day = new Date(`${date}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
      return day.toISOString().slice(0, 10);
    }
  }
}

/** Each distinct date's period start, worked out once per date rather than once per claim. */
function startsOf(dates: Iterable<string>, period: Period): Map<string, string> {
  const starts = new Map<string, string>();
  for (const date of dates) starts.set(date, periodStart(date, period));
  return starts;
}

const labelled = (row: ClaimRow, series: string): ChartPoint => ({ ...row, label: rowLabel(row), series });

const top = (row: ClaimRow) => row.valueHigh ?? row.value;

const PERIOD_WORDS: Record<Period, (start: string) => string> = {
  day: (start) => `the day of ${start}`,
  week: (start) => `the week of ${start}`,
  month: (start) => `the month from ${start}`,
  quarter: (start) => `the quarter from ${start}`,
  year: (start) => `the year from ${start}`,
};

/** Each row's drawn-series key, made once: a filter change regroups the same rows. */
const drawnSeriesKeys = new WeakMap<ClaimRow, string>();

/** Rows by drawn series (series and verification: a hollow mark never stands for a solid one). */
function bySeries(marks: readonly ClaimRow[]): Map<string, ClaimRow[]> {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of marks) {
    let key = drawnSeriesKeys.get(row);
    if (key === undefined) drawnSeriesKeys.set(row, (key = `${seriesOf(row)}|${row.verification}`));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The finest period that keeps the chart within MAX_POINTS; the coarsest if none does. */
function choosePeriod(series: Map<string, ClaimRow[]>, dates: ReadonlySet<string>): { period: Period; starts: Map<string, string> } {
  for (const period of PERIODS) {
    const starts = startsOf(dates, period);
    let count = 0;
    for (const rows of series.values()) {
      const seen = new Set<string>();
      for (const row of rows) seen.add(starts.get(row.date)!);
      count += seen.size;
      if (count > MAX_POINTS) break;
    }
    if (count <= MAX_POINTS || period === 'year') return { period, starts };
  }
  throw new Error('unreachable');
}

export function chartMarks(marks: readonly ClaimRow[]): ChartMarks {
  if (marks.length <= MAX_POINTS) return { points: marks.map((row) => labelled(row, seriesOf(row))), note: null };
  const series = bySeries(marks);
  const { period, starts } = choosePeriod(series, new Set(marks.map((row) => row.date)));
  const points: ChartPoint[] = [];
  for (const rows of series.values()) {
    const name = seriesOf(rows[0]!);
    const byPeriod = new Map<string, { highest: ClaimRow; count: number }>();
    for (const row of rows) {
      const start = starts.get(row.date)!;
      const seen = byPeriod.get(start);
      if (!seen) byPeriod.set(start, { highest: row, count: 1 });
      else {
        seen.count++;
        if (top(row) > top(seen.highest)) seen.highest = row;
      }
    }
    for (const [start, { highest, count }] of byPeriod) {
      const point = labelled(highest, name);
      if (count > 1) point.label = `${point.label} · highest of ${count} claims in ${PERIOD_WORDS[period](formatDate(start))}`;
      points.push(point);
    }
  }
  return {
    points,
    note: `${marks.length} claims: each mark is the highest figure one claimant gave for one count in a ${period}; the table lists every claim.`,
  };
}
