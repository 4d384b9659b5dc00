// One question (personnel losses, equipment, displacement, exchanges): a chart/table switch,
// one set of downloads, the chart with its legend, and the ledger of every claim behind it.
// Charts are few (one per family), so all are drawn as soon as the chart code arrives: a
// printed page or a full-page capture shows every one, never a blank frame.
import { useMemo, useRef, useState } from 'react';
import { RANGE_CHART_HEIGHT } from '../../components/charts/chart-sizes.ts';
import { dayNumber } from '../../components/charts/time-axis.ts';
import { dayDomain } from '../../components/charts/time-scale.ts';
import { ShareBar } from '../../lib/export/ShareBar.tsx';
import type { ClaimRow, FamilyGroup } from './claim-rows.ts';
import { CLAIM_CSV_COLUMNS, toClaimRecords } from './claims-csv.ts';
import { ClaimsLegend } from './ClaimsLegend.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import type { ChartsState } from './load-claims-charts.ts';
import type { TalksRound } from './talks-rounds.ts';

interface FamilySectionProps {
  group: FamilyGroup;
  charts: ChartsState;
  rounds: readonly TalksRound[];
  version: string;
  filtersText: string;
  /** The credit line printed under a saved image: title, outlets, dataset version, date, link. */
  creditText: (title: string, rows: readonly ClaimRow[]) => string;
  range: [string | null, string | null];
  onShowSentence: (row: ClaimRow) => void;
}

const switchClass = (on: boolean) =>
  `px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${on ? 'bg-gray-800 text-white' : 'bg-white text-gray-900 hover:bg-gray-100'}`;

export function FamilySection({ group, charts, rounds, version, onShowSentence, ...text }: FamilySectionProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const { family } = group;
  const headingId = `claims-${family.id}`;
  const FamilyChart = charts.module?.FamilyChart;
  const domain = dayDomain(group.marks.map((row) => dayNumber(row.date)));
  const shownRounds = rounds.filter((round) => dayNumber(round.date) >= domain[0] && dayNumber(round.date) <= domain[1]);
  const claimants = [...new Map(group.marks.map((row) => [row.claimantName, row.colour]))].map(([name, colour]) => ({ name, colour }));
  const title = `Claims: ${family.label}`;
  const records = useMemo(() => toClaimRecords(group.rows), [group.rows]);

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded border border-gray-200 p-3 break-inside-avoid-page">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {family.label}
        </h3>
        <div role="group" aria-label={`Show ${family.label} as`} className="flex overflow-hidden rounded border border-gray-400 print:hidden">
          <button type="button" aria-pressed={mode === 'chart'} className={switchClass(mode === 'chart')} onClick={() => setMode('chart')}>
            Chart
          </button>
          <button type="button" aria-pressed={mode === 'table'} className={switchClass(mode === 'table')} onClick={() => setMode('table')}>
            Table
          </button>
        </div>
      </div>
      <ShareBar
        chartRef={mode === 'chart' ? chartRef : undefined}
        columns={CLAIM_CSV_COLUMNS}
        rows={records}
        filenameBase={`claims-${family.id}`}
        range={text.range}
        title={title}
        filtersText={text.filtersText}
        sourcesText={text.creditText(title, group.rows)}
        showCopyLink={false}
      />
      {mode === 'chart' && (
        <>
          <ClaimsLegend shapes={group.shapes} claimants={claimants} rounds={shownRounds} />
          <div ref={chartRef} className="min-h-16">
            {FamilyChart ? (
              <FamilyChart group={group} rounds={shownRounds} onSelect={onShowSentence} />
            ) : charts.failed ? (
              <p role="alert" className="text-sm">
                The chart could not be loaded; the table below has every figure.{' '}
                <button type="button" className="underline" onClick={charts.retry}>
                  Try again
                </button>
              </p>
            ) : (
              <p className="text-sm text-gray-600" style={{ height: RANGE_CHART_HEIGHT }}>
                Loading chart…
              </p>
            )}
          </div>
          <p className="text-sm text-gray-700">
            Select a mark, or focus the chart, move with the arrow keys and press Enter, to read the sentence a figure comes
            from. The table lists every claim.
          </p>
        </>
      )}
      <LedgerTable caption={`${family.label}: every claim, as stated`} rows={group.rows} version={version} onShowSentence={onShowSentence} />
    </section>
  );
}
