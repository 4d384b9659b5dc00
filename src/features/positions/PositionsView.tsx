// Where each party stands on each proposition, as stated in the articles, and who moved when.
import { useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { creditLine, datasetVersion } from '../../lib/export/credit-line.ts';
import { ShareBar } from '../../lib/export/ShareBar.tsx';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { formatDate } from '../../lib/labels.ts';
import type { ViewProps } from '../../lib/view-props.ts';
import { headline, sourceLine, standfirst } from './headline.ts';
import { MatrixSvg } from './MatrixSvg.tsx';
import { MatrixTable, propositionLabel } from './MatrixTable.tsx';
import { buildMatrix, cellKey, holderOf } from './matrix.ts';
import { listMoves } from './moves.ts';
import { MovesList } from './MovesList.tsx';
import { PersonNote } from './PersonNote.tsx';
import { PositionsDownloads } from './PositionsDownloads.tsx';
import { roundsPreset } from './rounds-preset.ts';
import { STANCE } from './StanceLabel.tsx';

/** Columns shown before "Show all parties": at 1280 px each keeps room for a word and a date. */
const MAX_PARTIES = 8;

export function PositionsView({ index, filtered, view, setView }: ViewProps) {
  const matrix = useMemo(() => buildMatrix(index, filtered.positions), [index, filtered.positions]);
  const actors = useMemo(() => new Map(index.actors.map((actor) => [actor.id, actor])), [index.actors]);
  const [allParties, setAllParties] = useState(false);
  // In the link, so a shared list of moves opens as a list of moves.
  const changesOnly = view.changes;
  // A shared link may point at one statement: open the cell that holds it.
  const [selected, setSelected] = useState<string | null>(() => {
    if (!view.focus) return null;
    const position = filtered.positions.find((p) => p.id === view.focus);
    const holder = position && holderOf(position, actors);
    return position && holder ? cellKey(position.topic, holder.party.id) : null;
  });
  const [selectedByReader, setSelectedByReader] = useState(false);
  const select = (key: string | null) => {
    setSelected(key);
    setSelectedByReader(true);
  };
  const svgRef = useRef<HTMLDivElement>(null);
  const preset = useMemo(() => roundsPreset(index.positions), [index.positions]);
  const parties = allParties ? matrix.parties : matrix.parties.slice(0, MAX_PARTIES);
  const moves = useMemo(() => (changesOnly ? listMoves(matrix) : []), [changesOnly, matrix]);
  const title = useMemo(() => headline(matrix), [matrix]);
  const sources = filtered.articles;

  if (matrix.propositions.length === 0) {
    return (
      <>
        <PersonNote chosen={view.actors} actors={actors} />
        {hasActiveFilters(view) ? (
          <EmptyState message="No positions match these filters." actionLabel="Clear filters" onAction={() => setView(clearedFilters)} />
        ) : (
          <EmptyState message="The articles in this collection yield no positions." />
        )}
      </>
    );
  }

  const credit = creditLine({
    title,
    outlets: sources.map((article) => article.outlet),
    version: datasetVersion(index.articles),
    date: new Date().toISOString().slice(0, 10),
    url: typeof window === 'undefined' ? '' : window.location.href,
  });
  const filtersText = `Filters: ${view.from ? formatDate(view.from) : 'start'} to ${view.to ? formatDate(view.to) : 'end'}${
    view.actors.length > 0 ? `; actors ${view.actors.map((id) => actors.get(id)?.name ?? id).join(', ')}` : ''
  }${view.topics.length > 0 ? `; propositions ${view.topics.map(propositionLabel).join(', ')}` : ''}`;

  return (
    <section aria-labelledby="positions-heading" className="space-y-3">
      <div className="space-y-1">
        <h2 id="positions-heading" className="text-xl font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-700">{standfirst(view.from, view.to)}</p>
        <p className="text-xs text-slate-600">{sourceLine(sources)}</p>
      </div>
      <PersonNote chosen={view.actors} actors={actors} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span aria-label="Key">
          {(['for', 'against', 'conditional'] as const).map((stance) => (
            <span key={stance} className="mr-3 whitespace-nowrap">
              <span aria-hidden="true" className={STANCE[stance].className}>
                {STANCE[stance].symbol}
              </span>{' '}
              {STANCE[stance].label}
            </span>
          ))}
          <span className="whitespace-nowrap">
            <span aria-hidden="true">—</span> No stated position
          </span>
        </span>
        <Button size="sm" role="switch" aria-checked={changesOnly} onClick={() => setView({ changes: !changesOnly })}>
          <span aria-hidden="true">{changesOnly ? '◉' : '○'}</span> Changes only
        </Button>
        {preset && (
          <Button
            size="sm"
            onClick={() => {
              setView({ from: preset.from, to: preset.to, changes: true });
            }}
          >
            {preset.label}
          </Button>
        )}
        {matrix.parties.length > MAX_PARTIES && (
          <Button size="sm" aria-pressed={allParties} onClick={() => setAllParties(!allParties)}>
            {allParties ? `Show the ${MAX_PARTIES} main parties` : `Show all ${matrix.parties.length} parties`}
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ShareBar chartRef={svgRef} filenameBase="positions" range={[view.from, view.to]} title={title} filtersText={filtersText} sourcesText={credit} />
        <PositionsDownloads matrix={matrix} parties={parties} actors={actors} range={[view.from, view.to]} title={title} filtersText={filtersText} credit={credit} />
      </div>
      {changesOnly ? (
        <MovesList moves={moves} actors={actors} setView={setView} />
      ) : (
        <MatrixTable matrix={matrix} parties={parties} actors={actors} selected={selected} onSelect={select} selectedByReader={selectedByReader} focus={view.focus} setView={setView} />
      )}
      {/* Drawn for the image downloads only; the table above is what readers and screen readers use. */}
      <div ref={svgRef} hidden>
        <MatrixSvg matrix={matrix} parties={parties} actors={actors} title={title} />
      </div>
    </section>
  );
}
