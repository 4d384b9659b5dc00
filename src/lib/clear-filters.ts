import type { ViewState } from './view-state.ts';

/** What "Clear filters" resets: the filters only, not the view or the open article. */
export const clearedFilters: Partial<ViewState> = {
  from: null,
  to: null,
  actors: [],
  topics: [],
  metrics: [],
  status: [],
};
