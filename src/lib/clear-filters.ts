import { DEFAULT_VIEW_STATE, type ViewState } from './view-state.ts';

const { from, to, actors, topics, metrics, status } = DEFAULT_VIEW_STATE;

/** What "Clear filters" resets, to the link's defaults: the filters only, not the view or the open article. */
export const clearedFilters: Partial<ViewState> = { from, to, actors, topics, metrics, status };
