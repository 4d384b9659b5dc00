// Who stands where on each topic, as stated in the articles, with how it changed.
import { useMemo } from 'react';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { humanise } from '../../lib/labels.ts';
import type { ViewProps } from '../../lib/view-props.ts';
import { buildMatrix, rowSummary } from './matrix.ts';
import { PositionCell } from './PositionCell.tsx';
import { STANCE } from './StanceLabel.tsx';

export function PositionsView({ index, filtered, view, setView }: ViewProps) {
  const matrix = useMemo(() => buildMatrix(index, filtered.positions), [index, filtered.positions]);
  const partyOf = useMemo(() => new Map(index.actors.map((actor) => [actor.id, actor.name])), [index]);

  if (matrix.rows.length === 0) {
    return (
      hasActiveFilters(view) ? (
        <EmptyState message="No positions match these filters." actionLabel="Clear filters" onAction={() => setView(clearedFilters)} />
      ) : (
        <EmptyState message="The articles in this collection yield no positions." />
      )
    );
  }

  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading" className="text-xl font-semibold">
        Stated positions
      </h2>
      <p className="text-sm text-slate-600">
        The latest stance each party stated within the selected dates. Commentators and analysts are not shown.{' '}
        <span>
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
      </p>
      {/* `relative` keeps the screen-reader-only labels inside the scroll box; without it they widen the page. */}
      <div className="relative mt-3 overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label="Positions table, scrolls sideways">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Stated positions of each party by topic</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 p-2 text-sm font-semibold">
                Party
              </th>
              {matrix.topics.map((topic) => (
                <th key={topic} scope="col" className="p-2 text-sm font-semibold">
                  {humanise(topic)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.actor.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="sticky left-0 min-w-40 bg-white p-2 text-sm font-normal">
                  <span className="font-semibold">{row.actor.name}</span>
                  {row.actor.party && <span className="block text-xs text-slate-600">for {partyOf.get(row.actor.party)}</span>}
                  <span className="block text-xs text-slate-600">{rowSummary(row)}</span>
                </th>
                {matrix.topics.map((topic) => (
                  <td key={topic} className="p-2">
                    <PositionCell
                      history={row.cells.get(topic) ?? []}
                      actorName={row.actor.name}
                      topicLabel={humanise(topic)}
                      focus={view.focus}
                      setView={setView}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
