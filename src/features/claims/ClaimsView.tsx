// Claims of losses and humanitarian figures, one chart per question, each with the ledger of
// every claim behind it. Every figure is someone's claim on a date with its verification
// status, never a fact; where sources disagree the view says so and lists them, never picks.
import { useEffect, useMemo, useState } from 'react';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { datasetVersion, creditLine } from '../../lib/export/credit-line.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { openEvidence } from '../../lib/open-evidence.ts';
import { ShareBar } from '../../lib/export/ShareBar.tsx';
import type { ViewProps } from '../../lib/view-props.ts';
import { disagreementsByClaim, groupByFamily, rowCache, toClaimRows, type ClaimRow } from './claim-rows.ts';
import { exportRange, filtersText } from './claims-export-text.ts';
import { DisagreementList } from './DisagreementList.tsx';
import { FamilySection } from './FamilySection.tsx';
import { useClaimsCharts } from './load-claims-charts.ts';
import { talksRounds } from './talks-rounds.ts';

const toggleClass = (on: boolean) =>
  `px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${on ? 'bg-gray-800 text-white' : 'bg-white text-gray-900 hover:bg-gray-100'}`;

export function ClaimsView({ index, filtered, view, setView }: ViewProps) {
  const charts = useClaimsCharts();
  const [onlyDisputed, setOnlyDisputed] = useState(false);
  const disputed = useMemo(() => disagreementsByClaim(index.disagreements), [index.disagreements]);
  const { actors, articles } = index;
  const cache = useMemo(() => rowCache({ actors, articles }, disputed), [actors, articles, disputed]);
  const rows = useMemo(() => toClaimRows(filtered.claims, cache), [filtered.claims, cache]);
  const disputedRows = useMemo(() => rows.filter((row) => row.disagreements.length > 0), [rows]);
  const shownRows = onlyDisputed ? disputedRows : rows;
  const groups = useMemo(() => groupByFamily(shownRows), [shownRows]);
  const rounds = useMemo(() => talksRounds(index.events, new Map(actors.map((actor) => [actor.id, actor]))), [index.events, actors]);
  const version = useMemo(() => datasetVersion(index.articles), [index.articles]);
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const inView = useMemo(() => [...new Set(disputedRows.flatMap((row) => row.disagreements))], [disputedRows]);
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
          Claimed losses and humanitarian figures
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

  const filters = filtersText(view, actorName);
  const range = exportRange(view, rows);
  const today = new Date().toISOString().slice(0, 10);
  const creditText = (title: string, of: readonly ClaimRow[]) =>
    `${creditLine({ title, outlets: of.map((row) => row.outlet).filter(Boolean), version, date: today, url: window.location.href })} Figures are claims as reported, not verified facts.`;

  return (
    <section aria-labelledby="claims-heading" className="flex min-w-0 flex-col gap-4 p-4">
      <header className="flex flex-col gap-2">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Claimed losses and humanitarian figures
        </h2>
        <p className="text-sm text-gray-700">
          Figures as stated by the parties and others in the articles: who made each claim, when, and whether anyone has
          checked it. Most have not been independently verified. Where sources give different figures, both are shown and
          flagged.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <div role="group" aria-label="Which claims to show" className="flex overflow-hidden rounded border border-gray-400">
            <button type="button" aria-pressed={!onlyDisputed} className={toggleClass(!onlyDisputed)} onClick={() => setOnlyDisputed(false)}>
              All claims ({rows.length})
            </button>
            <button type="button" aria-pressed={onlyDisputed} className={toggleClass(onlyDisputed)} onClick={() => setOnlyDisputed(true)}>
              Disagreements ({inView.length})
            </button>
          </div>
          <ShareBar filenameBase="claims" range={range} title="Claimed losses and humanitarian figures" filtersText={filters} sourcesText="" />
        </div>
        {onlyDisputed && <DisagreementList disagreements={inView} rowsById={rowsById} onShowSentence={showSentence} />}
      </header>
      {groups.map((group) => (
        <FamilySection
          key={group.family.id}
          group={group}
          charts={charts}
          rounds={rounds}
          version={version}
          filtersText={filters}
          creditText={creditText}
          range={range}
          onShowSentence={showSentence}
        />
      ))}
    </section>
  );
}
