// The heavy half of the claims view: the recharts drawings. Loaded on its own with import()
// (see load-claims-charts.ts) so the first screen does not wait for the charting library.
import { HatchedBarChart } from '../../components/charts/HatchedBarChart.tsx';
import { TimeDotChart } from '../../components/charts/TimeDotChart.tsx';
import { formatNumber } from './claim-text.ts';
import { MAX_BARS, drawnMarks, type ClaimRow, type MetricGroup } from './claim-rows.ts';

interface MetricChartProps {
  group: MetricGroup;
  onSelect: (row: ClaimRow) => void;
}

const isHatched = (row: ClaimRow) => row.verification !== 'independent';
const colorOf = (row: ClaimRow) => row.color;
const seriesOf = (row: ClaimRow) => row.claimant;

/** One sentence for screen readers: what is counted, how many claims, and each claim in words. */
export function chartSummary(group: MetricGroup, drawn: readonly ClaimRow[]): string {
  const count = `${group.marks.length} ${group.marks.length === 1 ? 'claim' : 'claims'}`;
  const shown = drawn.slice(0, 5).map((row) => row.label);
  const more = group.marks.length > 5 ? `; and ${group.marks.length - 5} more in the table below` : '';
  const kind = group.overTime ? 'over time' : 'compared';
  return `${group.label}, ${count} ${kind}: ${shown.join('; ')}${more}`;
}

export function MetricChart({ group, onSelect }: MetricChartProps) {
  if (group.overTime) {
    return (
      <TimeDotChart
        data={group.marks}
        index="date"
        categories={['value']}
        labelKey="label"
        seriesOf={seriesOf}
        colorOf={colorOf}
        isHatched={isHatched}
        valueFormatter={formatNumber}
        ariaLabel={chartSummary(group, group.marks)}
        title={group.label}
        onSelect={onSelect}
      />
    );
  }
  const drawn = drawnMarks(group);
  return (
    <>
      {drawn.length < group.marks.length && (
        <p className="text-sm text-gray-700">
          The {MAX_BARS} largest of {group.marks.length} figures are drawn; the table lists them all.
        </p>
      )}
      <HatchedBarChart
        data={drawn}
        index="label"
        categories={['value']}
        rangeHighKey="valueHigh"
        colorOf={colorOf}
        isHatched={isHatched}
        valueFormatter={formatNumber}
        ariaLabel={chartSummary(group, drawn)}
        title={group.label}
        onSelect={onSelect}
      />
    </>
  );
}
