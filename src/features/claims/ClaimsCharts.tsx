// The heavy half of the claims view: the recharts drawings. Loaded on its own with import()
// (see load-claims-charts.ts) so the first screen does not wait for the charting library.
import { HatchedBarChart } from '../../components/charts/HatchedBarChart.tsx';
import { TimeDotChart } from '../../components/charts/TimeDotChart.tsx';
import { formatFigure } from '../../lib/claim-text.ts';
import type { ClaimRow, MetricGroup } from './claim-rows.ts';

interface MetricChartProps {
  group: MetricGroup;
  onSelect: (row: ClaimRow) => void;
}

const isHatched = (row: ClaimRow) => row.verification !== 'independent';
const colorOf = (row: ClaimRow) => row.color;
const seriesOf = (row: ClaimRow) => row.claimant;

/** One sentence for screen readers: what is counted, how many claims, and the first few in words. */
export function chartSummary(group: MetricGroup): string {
  const { points, kind } = group.chart;
  const count = `${group.marks.length} ${group.marks.length === 1 ? 'claim' : 'claims'}`;
  const shown = points.slice(0, 5).map((row) => row.label);
  const more = points.length > 5 ? `; and ${points.length - 5} more, listed in the table below` : '';
  return `${group.label}, ${count} ${kind === 'time' ? 'over time' : 'compared'}: ${shown.join('; ')}${more}`;
}

export function MetricChart({ group, onSelect }: MetricChartProps) {
  const { points, kind, note } = group.chart;
  return (
    <>
      {note && <p className="text-sm text-gray-700">{note}</p>}
      {kind === 'time' ? (
        <TimeDotChart
          data={points}
          index="date"
          categories={['value']}
          labelKey="label"
          seriesOf={seriesOf}
          colorOf={colorOf}
          isHatched={isHatched}
          valueFormatter={formatFigure}
          ariaLabel={chartSummary(group)}
          title={group.label}
          onSelect={onSelect}
        />
      ) : (
        <HatchedBarChart
          data={points}
          index="label"
          categories={['value']}
          rangeHighKey="valueHigh"
          colorOf={colorOf}
          isHatched={isHatched}
          valueFormatter={formatFigure}
          ariaLabel={chartSummary(group)}
          title={group.label}
          onSelect={onSelect}
        />
      )}
    </>
  );
}
