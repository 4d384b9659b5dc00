// What a metric's chart draws, decided before any drawing: bars for a handful of claims
// side by side, dots over time otherwise. Dozens of dots per claimant say nothing a reader
// can use, so past a limit each claimant's claims are summed up per week or month by the
// highest figure given, and the chart says so. The table and downloads keep every claim.
import type { ClaimRow } from './claim-rows.ts';
import { rowLabel } from './row-label.ts';
import { formatDate } from '../../lib/labels.ts';

export const MAX_BARS = 15;
export const MAX_POINTS = 60;

/** A drawn mark: a claim (or the highest of a period's claims) with its sentence. */
export type ChartPoint = ClaimRow & { label: string };

export interface ChartMarks {
  kind: 'bars' | 'time';
  points: ChartPoint[];
  /** Said above the chart when it does not draw every claim one by one. */
  note: string | null;
}

type Period = 'day' | 'week' | 'month';

function periodStart(date: string, period: Period): string {
  if (period === 'day') return date;
  if (period === 'month') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
  return day.toISOString().slice(0, 10);
}

const labelled = (row: ClaimRow): ChartPoint => ({ ...row, label: rowLabel(row) });

function highestPerPeriod(marks: readonly ClaimRow[], period: Period, starts: Map<string, string>): ChartPoint[] {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of marks) {
    const key = `${row.claimant}|${row.verification}|${starts.get(row.date)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return labelled(group[0]!);
    const highest = group.reduce((best, row) => ((row.valueHigh ?? row.value) > (best.valueHigh ?? best.value) ? row : best));
    const start = formatDate(starts.get(highest.date)!);
    const span = period === 'month' ? `the month from ${start}` : `the ${period} of ${start}`;
    return { ...highest, label: `${rowLabel(highest)} · highest of ${group.length} claims in ${span}` };
  });
}

/** Groups a series can fall into per period, counted over distinct dates (cheap) not rows. */
function choosePeriod(marks: readonly ClaimRow[]): { period: Period; starts: Map<string, string> } {
  const seriesDates = new Set(marks.map((row) => `${row.claimant}|${row.verification}|${row.date}`));
  for (const period of ['day', 'week', 'month'] as const) {
    const starts = new Map<string, string>();
    for (const row of marks) if (!starts.has(row.date)) starts.set(row.date, periodStart(row.date, period));
    const groups = new Set([...seriesDates].map((key) => `${key.slice(0, key.lastIndexOf('|'))}|${starts.get(key.slice(key.lastIndexOf('|') + 1))}`));
    if (groups.size <= MAX_POINTS || period === 'month') return { period, starts };
  }
  throw new Error('unreachable');
}

export function chartMarks(marks: readonly ClaimRow[], overTime: boolean): ChartMarks {
  if (!overTime) {
    if (marks.length <= MAX_BARS) return { kind: 'bars', points: marks.map(labelled), note: null };
    const largest = [...marks].sort((a, b) => b.value - a.value).slice(0, MAX_BARS);
    const note = `The ${MAX_BARS} largest of ${marks.length} figures are drawn; the table lists them all.`;
    return { kind: 'bars', points: largest.map(labelled), note };
  }
  if (marks.length <= MAX_POINTS) return { kind: 'time', points: marks.map(labelled), note: null };
  const { period, starts } = choosePeriod(marks);
  return {
    kind: 'time',
    points: highestPerPeriod(marks, period, starts),
    note: `${marks.length} claims: each dot is the highest figure one claimant gave in a ${period}; the table lists every claim.`,
  };
}
