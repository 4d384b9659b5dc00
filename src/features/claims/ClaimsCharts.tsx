// The charts of the claims view, loaded on their own with import() (see load-claims-charts.ts)
// so the first screen does not wait for them.
import { TimeRangeChart, type RangePoint } from '../../components/charts/TimeRangeChart.tsx';
import { METRIC_LABELS, formatFigure, hedgeOf } from '../../lib/claim-text.ts';
import type { ChartPoint } from './chart-marks.ts';
import type { ClaimRow, FamilyGroup } from './claim-rows.ts';
import type { TalksRound } from './talks-rounds.ts';

interface FamilyChartProps {
  group: FamilyGroup;
  rounds: readonly TalksRound[];
  onSelect: (row: ClaimRow) => void;
}

type Drawn = RangePoint & { row: ChartPoint };

/** One sentence for screen readers: what is counted, by whom, how many claims, and where the table is. */
export function chartSummary(group: FamilyGroup): string {
  const claimants = [...new Set(group.marks.map((row) => row.claimantName))];
  const count = `${group.marks.length} ${group.marks.length === 1 ? 'claim' : 'claims'}`;
  const dated = new Set(group.marks.map((row) => row.date));
  const span = dated.size > 1 ? ' over time' : '';
  return `${group.family.label}: ${count}${span} by ${claimants.join(', ')}. Every claim is listed in the table below.`;
}

function toDrawn(row: ChartPoint, shapes: FamilyGroup['shapes']): Drawn {
  const metric = shapes.size > 1 ? `: ${METRIC_LABELS[row.metric].toLowerCase()}` : '';
  return {
    id: row.id,
    date: row.date,
    value: row.value,
    high: row.valueHigh,
    bound: hedgeOf(row),
    series: row.series,
    seriesLabel: `${row.claimantName}${metric}`,
    colour: row.colour,
    shape: shapes.get(row.metric) ?? 'circle',
    hollow: row.verification !== 'independent',
    flagged: row.disagreements.length > 0,
    label: row.label,
    row,
  };
}

export function FamilyChart({ group, rounds, onSelect }: FamilyChartProps) {
  const points = group.chart.points.map((row) => toDrawn(row, group.shapes));
  const markers = rounds.map((round) => ({ date: round.date, short: String(round.number), title: round.words }));
  return (
    <>
      {group.chart.note && <p className="text-sm text-gray-700">{group.chart.note}</p>}
      <TimeRangeChart
        points={points}
        markers={markers}
        ariaLabel={chartSummary(group)}
        valueFormatter={formatFigure}
        onSelect={(point) => onSelect(point.row)}
      />
    </>
  );
}
