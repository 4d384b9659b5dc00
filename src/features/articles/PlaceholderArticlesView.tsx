import type { BundleIndex } from '../../schema/bundle.ts';
import type { FilteredIndex } from '../../lib/filter-index.ts';
import type { ViewState } from '../../lib/view-state.ts';

export function ArticlesView({ filtered }: {
  index: BundleIndex;
  filtered: FilteredIndex;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  return <p>{filtered.articles.length} articles match these filters.</p>;
}
