// Claims of losses and other figures, grouped by what is counted. Every figure is shown as
// someone's claim on a date with its verification status, never as a fact.
import { useEffect, useMemo } from 'react';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { openEvidence } from '../../lib/open-evidence.ts';
import { ShareBar } from '../../lib/export/ShareBar.tsx';
import type { ViewProps } from '../../lib/view-props.ts';
import { claimantColors, groupByMetric, toClaimRows, type ClaimRow } from './claim-rows.ts';
import { CLAIM_CSV_COLUMNS, toClaimRecords } from './claims-csv.ts';
import { exportRange, filtersText, sourcesText } from './claims-export-text.ts';
import { ClaimsLegend } from './ClaimsLegend.tsx';
import { useClaimsCharts } from './load-claims-charts.ts';
import { MetricSection } from './MetricSection.tsx';

export function ClaimsView({ index, filtered, view, setView }: ViewProps) {
  const charts = useClaimsCharts();
  const colors = useMemo(() => claimantColors(index), [index]);
  const rows = useMemo(() => toClaimRows(filtered.claims, index, colors), [filtered.claims, index, colors]);
  const groups = useMemo(() => groupByMetric(rows), [rows]);
  const actorName = useMemo(() => {
    const names = new Map(index.actors.map((actor) => [actor.id, actor.name]));
    return (id: string) => names.get(id) ?? id;
  }, [index.actors]);

  const showSentence = (row: ClaimRow) => openEvidence(setView, row.id, row.articleId);
  const chartsDrawn = charts.module !== null && rows.length > 0;

  // Tables show at once; this mark says when the charts have joined them, for the benchmarks.
  useEffect(() => {
    if (chartsDrawn) performance.mark('view-ready:claims-charts');
  }, [chartsDrawn]);

  if (rows.length === 0) {
    return (
      <section aria-labelledby="claims-heading" className="p-4">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Claimed figures
        </h2>
        {hasActiveFilters(view) ? (
          <p className="mt-2">
            No claims match these filters —{' '}
            <button type="button" className="text-blue-800 underline" onClick={() => setView(clearedFilters)}>
              Clear filters
            </button>
          </p>
        ) : (
          <p className="mt-2">No figures were claimed in these articles.</p>
        )}
      </section>
    );
  }

  const claimants = [...new Map(rows.map((row) => [row.claimantName, row.color]))].map(([name, color]) => ({ name, color }));
  const filters = filtersText(view, actorName);
  const sources = sourcesText(rows);
  const range = exportRange(view, rows);

  return (
    <section aria-labelledby="claims-heading" className="flex flex-col gap-4 p-4">
      <header className="flex flex-col gap-2">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Claimed figures
        </h2>
        <p className="text-sm text-gray-700">
          Figures as stated by the parties and others in the articles, with who made each claim and when. Most
          have not been independently verified.
        </p>
        <p className="text-sm text-gray-700">
          Select a bar, or focus a chart and move with the arrow keys then press Enter, to read the sentence a
          figure comes from.
        </p>
        <ClaimsLegend claimants={claimants} />
        <ShareBar
          columns={CLAIM_CSV_COLUMNS}
          rows={toClaimRecords(rows)}
          filenameBase="claims"
          range={range}
          title="Claimed figures"
          filtersText={filters}
          sourcesText={sources}
        />
      </header>
      {groups.map((group) => (
        <MetricSection
          key={group.metric}
          group={group}
          charts={charts}
          filtersText={filters}
          sourcesText={sourcesText(group.rows)}
          range={range}
          onShowSentence={showSentence}
        />
      ))}
    </section>
  );
}
