// Filters that only mean something in one view: topics for positions, metrics and
// verification for claims. They sit with the view, under the tabs, so switching tabs
// never moves the tabs themselves. The default view (the timeline) has none, so the panels
// are a chunk of their own, fetched with the view that shows them.
import { loadOnce, useLoaded } from '../../lib/load-once.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { BundleIndex } from '../../schema/bundle.ts';

const panels = loadOnce(() => import('./ViewFilterPanels.tsx').then((module) => module.ViewFilterPanel));

/** Starts fetching the panels of a view that has some; resolves once they are here. */
export function preloadViewFilters(view: ViewState['view']): Promise<unknown> {
  return view === 'positions' || view === 'claims' ? panels.preload() : Promise.resolve();
}

type Props = { index: BundleIndex; view: ViewState; setView: (patch: Partial<ViewState>) => void };

function LoadedPanel(props: Props) {
  const { module: Panel } = useLoaded(panels);
  return Panel ? <Panel {...props} /> : null;
}

export function ViewFilters(props: Props) {
  return props.view.view === 'positions' || props.view.view === 'claims' ? <LoadedPanel {...props} /> : null;
}
