// The filters that shape every view: dates and actors. It keeps one shape whatever the
// view and whether the data has arrived, so the tabs below it never move.
import { Button } from '../../components/ui/Button.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { CopyLinkButton } from '../../lib/export/index.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { BundleIndex } from '../../schema/bundle.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { DateRangeFilter } from './DateRangeFilter.tsx';

export function FilterBar({
  index,
  view,
  setView,
}: {
  index: BundleIndex | undefined;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  return (
    <section aria-label="Filters" className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      <DateRangeFilter from={view.from} to={view.to} setView={setView} />
      <ActorFilter index={index} selected={view.actors} onChange={(actors) => setView({ actors })} />
      <div className="flex flex-wrap items-center gap-2 self-end">
        <Button onClick={() => setView(clearedFilters)} disabled={!hasActiveFilters(view)}>
          Clear filters
        </Button>
        <CopyLinkButton label="Copy link to this view" />
      </div>
    </section>
  );
}
