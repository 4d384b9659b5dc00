// The filters that shape every view: dates and actors. It keeps one shape whatever the
// view and whether the data has arrived, so the tabs below it never move. On a phone
// the fields fold behind one button, so the view itself is on the first screen.
import { useId, useState } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { CopyLinkButton } from '../../lib/export/CopyLinkButton.tsx';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { BundleIndex } from '../../schema/bundle.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { DateRangeFilter } from './DateRangeFilter.tsx';

function foldedSummary(view: ViewState): string {
  const parts = [
    view.from || view.to ? `${view.from ?? '…'} to ${view.to ?? '…'}` : null,
    view.actors.length > 0 ? `${view.actors.length} ${view.actors.length === 1 ? 'actor' : 'actors'}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `Filters: ${parts.join(', ')}` : 'Filters';
}

export function FilterBar({
  index,
  view,
  setView,
}: {
  index: BundleIndex | undefined;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const fieldsId = useId();
  const [unfolded, setUnfolded] = useState(false);
  return (
    <section aria-label="Filters" className="rounded border border-slate-200 bg-slate-50 p-3">
      <button
        type="button"
        aria-expanded={unfolded}
        aria-controls={fieldsId}
        onClick={() => setUnfolded(!unfolded)}
        className="flex w-full items-center justify-between text-left text-sm font-semibold focus-visible:outline-2 focus-visible:outline-oi-blue sm:hidden"
      >
        {foldedSummary(view)}
        <span aria-hidden="true">{unfolded ? '▴' : '▾'}</span>
      </button>
      <div id={fieldsId} className={`${unfolded ? 'mt-3 flex' : 'hidden'} flex-wrap items-start gap-x-6 gap-y-3 sm:mt-0 sm:flex`}>
        <DateRangeFilter from={view.from} to={view.to} setView={setView} />
        <ActorFilter index={index} selected={view.actors} onChange={(actors) => setView({ actors })} />
        <div className="flex flex-wrap items-center gap-2 self-end">
          <Button onClick={() => setView(clearedFilters)} disabled={!hasActiveFilters(view)}>
            Clear filters
          </Button>
          <CopyLinkButton label="Copy link to this view" />
        </div>
      </div>
    </section>
  );
}
