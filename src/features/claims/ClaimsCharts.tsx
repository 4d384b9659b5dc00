// The heavy half of the claims view: the recharts drawings. Loaded on its own with import()
// (see load-claims-charts.ts) so the first screen does not wait for the charting library.
import { HatchedBarChart } from '../../components/charts/HatchedBarChart.tsx';
import { TimeDotChart } from '../../components/charts/TimeDotChart.tsx';
import { formatNumber } from './claim-text.ts';
import type { ClaimRow, MetricGroup } from './claim-rows.ts';

interface MetricChartProps {
  group: MetricGroup;
  onSelect: (row: ClaimRow) => void;
}

const isHatched = (row: ClaimRow) => row.verification !== 'independent';
const colorOf = (row: ClaimRow) => row.color;
const seriesOf = (row: ClaimRow) => row.claimant;

/** One sentence for screen readers: what is counted, how many claims, and each claim in words. */
export function chartSummary(group: MetricGroup): string {
  const count = `${group.rows.length} ${group.rows.length === 1 ? 'claim' : 'claims'}`;
  const shown = group.rows.slice(0, 5).map((row) => row.label);
  const more = group.rows.length > 5 ? `; and ${group.rows.length - 5} more in the table below` : '';
  const kind = group.overTime ? 'over time' : 'compared';
  return `${group.label}, ${count} ${kind}: ${shown.join('; ')}${more}`;
}

export function MetricChart({ group, onSelect }: MetricChartProps) {
  if (group.overTime) {
    return (
      <TimeDotChart
        data={group.rows}
        index="date"
        categories={['value']}
        labelKey="label"
        seriesOf={seriesOf}
        colorOf={colorOf}
        isHatched={isHatched}
        valueFormatter={formatNumber}
        ariaLabel={chartSummary(group)}
        title={group.label}
        onSelect={onSelect}
      />
    );
  }
  return (
    <HatchedBarChart
      data={group.rows}
      index="label"
      categories={['value']}
      rangeHighKey="valueHigh"
      colorOf={colorOf}
      isHatched={isHatched}
      valueFormatter={formatNumber}
      ariaLabel={chartSummary(group)}
      title={group.label}
      onSelect={onSelect}
    />
  );
}
