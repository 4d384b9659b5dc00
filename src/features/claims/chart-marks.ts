// What a family's chart draws, decided before any drawing. Every claim is a mark on the date
// it was made; a series is one claimant's figure for one metric and subject over time. Past a
// limit, dozens of dots per claimant say nothing a reader can use, so each series is summed
// up per week or month by the highest figure given, and the chart says so. The ledger and the
// downloads keep every claim.
import { rowLabel, type ClaimRow } from './claim-rows.ts';
import { formatDate } from '../../lib/labels.ts';

export const MAX_POINTS = 80;

/** A drawn mark: a claim (or the highest of a period's claims) with its sentence. */
export type ChartPoint = ClaimRow & { label: string; series: string };

export interface ChartMarks {
  points: ChartPoint[];
  /** Said above the chart when it does not draw every claim one by one. */
  note: string | null;
}

type Period = 'day' | 'week' | 'month';

/** One line per claimant, metric and whose losses: "Ukraine on Russia's tanks" never joins "Russia on its own". */
export const seriesOf = (row: ClaimRow) => `${row.claimant}|${row.metric}|${row.subject ?? ''}`;

function periodStart(date: string, period: Period): string {
  if (period === 'day') return date;
  if (period === 'month') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
  return day.toISOString().slice(0, 10);
}

const labelled = (row: ClaimRow): ChartPoint => ({ ...row, label: rowLabel(row), series: seriesOf(row) });

const top = (row: ClaimRow) => row.valueHigh ?? row.value;

function highestPerPeriod(marks: readonly ClaimRow[], period: Period): ChartPoint[] {
  const starts = new Map<string, string>();
  const groups = new Map<string, ClaimRow[]>();
  for (const row of marks) {
    let start = starts.get(row.date);
    if (start === undefined) starts.set(row.date, (start = periodStart(row.date, period)));
    const key = `${seriesOf(row)}|${row.verification}|${start}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return labelled(group[0]!);
    const highest = group.reduce((best, row) => (top(row) > top(best) ? row : best));
    const start = formatDate(starts.get(highest.date)!);
    const span = period === 'month' ? `the month from ${start}` : `the ${period} of ${start}`;
    return { ...labelled(highest), label: `${rowLabel(highest)} · highest of ${group.length} claims in ${span}` };
  });
}

/** The finest period that keeps the chart within MAX_POINTS, counted over distinct series-dates (cheap). */
function choosePeriod(marks: readonly ClaimRow[]): Period {
  const seriesDates = new Map<string, string>();
  for (const row of marks) seriesDates.set(`${seriesOf(row)}|${row.verification}|${row.date}`, row.date);
  for (const period of ['day', 'week'] as const) {
    const groups = new Set<string>();
    for (const [key, date] of seriesDates) groups.add(`${key.slice(0, key.length - date.length)}${periodStart(date, period)}`);
    if (groups.size <= MAX_POINTS) return period;
  }
  return 'month';
}

export function chartMarks(marks: readonly ClaimRow[]): ChartMarks {
  if (marks.length <= MAX_POINTS) return { points: marks.map(labelled), note: null };
  const period = choosePeriod(marks);
  return {
    points: highestPerPeriod(marks, period),
    note: `${marks.length} claims: each mark is the highest figure one claimant gave for one count in a ${period}; the table lists every claim.`,
  };
}
