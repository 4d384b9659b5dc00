// The data the page holds: the index, and the collection the chosen view draws. Each view
// fetches only its own collection, so the first view of a large corpus downloads and
// validates a fraction of it; a collection once loaded stays for the rest of the visit.
import { useDeferredValue, useMemo } from 'react';
import { useBundleIndex, useCollection } from '../lib/get-bundle-index.ts';
import { VIEW_COLLECTION, type ViewName } from '../lib/view-state.ts';
import { COLLECTIONS, type BundleIndex, type Claim, type CollectionName, type Disagreement, type Position, type TalksEvent } from '../schema/bundle.ts';

// One empty array per kind, so a collection not yet loaded keeps its identity across renders.
const NO_EVENTS: TalksEvent[] = [];
const NO_POSITIONS: Position[] = [];
const NO_CLAIMS: Claim[] = [];
const NO_DISAGREEMENTS: Disagreement[] = [];

export interface DashboardData {
  /** The index with every collection loaded so far; undefined until the index arrives. */
  index: BundleIndex | undefined;
  /** The collections `index` holds. */
  loaded: ReadonlySet<CollectionName>;
  /** Whether `view` has all it draws. */
  readyFor: (view: ViewName) => boolean;
  /** The first failure among what `view` needs, with a way to try again. */
  failureFor: (view: ViewName) => { error: Error; retry: () => void; retrying: boolean } | null;
  indexFailed: boolean;
}

export function useDashboardData(chosen: ViewName): DashboardData {
  const indexQuery = useBundleIndex();
  const needs = VIEW_COLLECTION[chosen];
  const queries = {
    // The claims charts mark the talks rounds on their time axis, so the claims view fetches events too.
    events: useCollection('events', needs === 'events' || needs === 'claims'),
    positions: useCollection('positions', needs === 'positions'),
    claims: useCollection('claims', needs === 'claims'),
    // Disagreements flag claims and talks, so the views that draw those fetch them alongside;
    // a view draws without them (they only add flags) and never waits for them.
    disagreements: useCollection('disagreements', needs === 'claims' || needs === 'events'),
  };
  const { events, positions, claims, disagreements } = queries;

  // Data that arrives is drawn in a deferred render, which React splits into short tasks:
  // the query's own update is synchronous and would draw a whole view in one long task.
  const index = useDeferredValue(useMemo<BundleIndex | undefined>(
    () =>
      indexQuery.data && {
        ...indexQuery.data,
        events: events.data ?? NO_EVENTS,
        positions: positions.data ?? NO_POSITIONS,
        claims: claims.data ?? NO_CLAIMS,
        disagreements: disagreements.data ?? NO_DISAGREEMENTS,
      },
    [indexQuery.data, events.data, positions.data, claims.data, disagreements.data],
  ));
  const loaded = useDeferredValue(useMemo(
    () => new Set(COLLECTIONS.filter((name) => queries[name].data !== undefined)),
    // The data, not the query objects (new on every render), decide what is loaded.
    [events.data, positions.data, claims.data, disagreements.data],
  ));

  const readyFor = (view: ViewName) => {
    const collection = VIEW_COLLECTION[view];
    return index !== undefined && (collection === null || loaded.has(collection));
  };
  const failureFor = (view: ViewName) => {
    const collection = VIEW_COLLECTION[view];
    const failed = indexQuery.isError ? indexQuery : collection && queries[collection].isError ? queries[collection] : null;
    if (!failed) return null;
    return { error: failed.error!, retry: () => void failed.refetch(), retrying: failed.isFetching };
  };
  return { index, loaded, readyFor, failureFor, indexFailed: indexQuery.isError };
}
