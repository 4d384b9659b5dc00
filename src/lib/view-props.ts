// What the app hands every main view (timeline, positions, claims, articles).
import type { BundleIndex } from '../schema/bundle.ts';
import type { FilteredIndex } from './filter-index.ts';
import type { ViewState } from './view-state.ts';

export interface ViewProps {
  index: BundleIndex;
  filtered: FilteredIndex;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}
