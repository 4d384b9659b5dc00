import type { BundleIndex } from '../../schema/bundle.ts';
import type { FilteredIndex } from '../../lib/filter-index.ts';
import type { ViewState } from '../../lib/view-state.ts';

export function ClaimsView({ filtered }: {
  index: BundleIndex;
  filtered: FilteredIndex;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  return <p>{filtered.claims.length} claims match these filters.</p>;
}
