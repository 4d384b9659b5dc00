// One thing counted (tanks, people displaced …): its chart, its download tools and its table.
import { useRef } from 'react';
import { ShareBar } from '../../lib/export/ShareBar.tsx';
import type { ChartsState } from './load-claims-charts.ts';
import { barChartHeight, TIME_CHART_HEIGHT } from '../../components/charts/chart-sizes.ts';
import type { ClaimRow, MetricGroup } from './claim-rows.ts';
import { CLAIM_CSV_COLUMNS, toClaimRecords } from './claims-csv.ts';
import { ClaimsTable } from './ClaimsTable.tsx';
import { useNearViewport } from './use-near-viewport.ts';

interface MetricSectionProps {
  group: MetricGroup;
  charts: ChartsState;
  filtersText: string;
  sourcesText: string;
  range: [string | null, string | null];
  onShowSentence: (row: ClaimRow) => void;
}

export function MetricSection({ group, charts, onShowSentence, ...text }: MetricSectionProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const headingId = `claims-${group.metric}`;
  const near = useNearViewport(chartRef);
  const MetricChart = near ? charts.module?.MetricChart : undefined;
  const reservedHeight = group.chart.kind === 'time' ? TIME_CHART_HEIGHT : barChartHeight(group.chart.points.length);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded border border-gray-200 p-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {group.label}
      </h3>
      <div ref={chartRef} className="min-h-16">
        {MetricChart ? (
          <MetricChart group={group} onSelect={onShowSentence} />
        ) : charts.failed ? (
          <p role="alert" className="text-sm">
            The chart could not be loaded; the table below has every figure.{' '}
            <button type="button" className="underline" onClick={charts.retry}>
              Try again
            </button>
          </p>
        ) : (
          <p className="text-sm text-gray-600" style={{ height: reservedHeight }}>
            {near ? 'Loading chart…' : 'The chart is drawn when you scroll to it.'}
          </p>
        )}
      </div>
      <ShareBar
        chartRef={chartRef}
        columns={CLAIM_CSV_COLUMNS}
        rows={toClaimRecords(group.rows)}
        filenameBase={`claims-${group.metric}`}
        range={text.range}
        title={`Claims: ${group.label}`}
        filtersText={text.filtersText}
        sourcesText={text.sourcesText}
        showCopyLink={false}
      />
      <ClaimsTable caption={`${group.label}: figures as claimed`} rows={group.rows} onShowSentence={onShowSentence} />
    </section>
  );
}
