// Keeps the view state in the address bar: every change is a history entry, so Back and
// Forward move through what the reader looked at, and any moment can be shared as a link.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BundleIndex, CollectionName } from '../schema/bundle.ts';
import { parseViewParams, toSearch, validateAgainstIndex, type IgnoredParam, type ParsedView } from './url-state.ts';
import type { ViewState } from './view-state.ts';

function urlFor(state: ViewState): string {
  return `${window.location.pathname}${toSearch(state)}${window.location.hash}`;
}

export interface ViewStateControls {
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
  /** Parts of the link the page could not use, for a notice; empty once dismissed. */
  ignored: IgnoredParam[];
  dismissIgnored: () => void;
  /** Applies a check of the link against the data: the cleaned state, and what was dropped. */
  dropIgnored: (checked: ParsedView) => void;
}

export function useViewState(): ViewStateControls {
  const [initial] = useState(() => parseViewParams(window.location.search));
  const [view, setViewState] = useState<ViewState>(initial.state);
  const [ignored, setIgnored] = useState<IgnoredParam[]>(initial.ignored);

  // Show the cleaned link straight away, without adding a history entry.
  useEffect(() => {
    if (initial.ignored.length > 0) window.history.replaceState(null, '', urlFor(initial.state));
  }, [initial]);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseViewParams(window.location.search);
      setViewState(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const dropIgnored = useCallback((checked: ParsedView) => {
    setViewState(checked.state);
    setIgnored((previous) => [...previous, ...checked.ignored]);
    window.history.replaceState(null, '', urlFor(checked.state));
  }, []);

  // The latest state, so several changes in one event build on each other.
  const latest = useRef(view);
  latest.current = view;
  const setView = useCallback((patch: Partial<ViewState>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.pushState(null, '', url);
    }
    setViewState(next);
  }, []);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, setView, ignored, dismissIgnored, dropIgnored };
}

/**
 * Ids can only be checked once the data is here: drops from the link what `index` does not
 * hold. `loaded` names the collections in `index` that have arrived.
 */
export function useLinkCheck(
  { view, dropIgnored }: Pick<ViewStateControls, 'view' | 'dropIgnored'>,
  index: BundleIndex | undefined,
  loaded: ReadonlySet<CollectionName>,
): void {
  useEffect(() => {
    if (!index) return;
    const checked = validateAgainstIndex(view, index, loaded);
    if (checked.ignored.length > 0) dropIgnored(checked);
  }, [index, loaded, view, dropIgnored]);
}
