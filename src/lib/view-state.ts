// The state a shared link reproduces. Parsing and serialising live in url-state.ts;
// this file only names the shape and its defaults, so every feature can import it.
import type { CollectionName, Verification } from '../schema/bundle.ts';

export const VIEWS = ['timeline', 'positions', 'claims', 'articles'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The collection each view draws and loads: the article list needs only the index. */
export const VIEW_COLLECTION: Record<ViewName, CollectionName | null> = {
  timeline: 'events',
  positions: 'positions',
  claims: 'claims',
  articles: null,
};

export interface ViewState {
  view: ViewName;
  /** Inclusive YYYY-MM-DD bounds; null means unbounded. */
  from: string | null;
  to: string | null;
  /** Actor ids; choosing a state includes its people. */
  actors: string[];
  topics: string[];
  metrics: string[];
  status: Verification[];
  /** Positions: list only the stances that moved within the dates, instead of the matrix. */
  changes: boolean;
  /** Article id open in the reader. */
  article: string | null;
  /** Item id (event, position, claim, quote) highlighted in the view, or in the open article. */
  focus: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'timeline',
  from: null,
  to: null,
  actors: [],
  topics: [],
  metrics: [],
  status: [],
  changes: false,
  article: null,
  focus: null,
};
