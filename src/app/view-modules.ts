// Each view is its own chunk, so the page's first script is the frame every view shares
// (header, filters, tabs) and a link to one view never carries another's code. The view a
// link opens on is fetched beside its data, which it cannot draw without; the others start
// loading as soon as they are likely (a tab is pointed at or focused). Until a view is here,
// the stand-in holds its place.
import type { ComponentType } from 'react';
import { preloadClaimsView } from '../features/claims/load-claims-charts.ts';
import { preloadViewFilters } from '../features/filters/index.ts';
import { loadTimelineView } from '../features/timeline/load.ts';
import { loadOnce, useLoaded, type LoadedState } from '../lib/load-once.ts';
import { parseViewParams } from '../lib/url-state.ts';
import type { ViewProps } from '../lib/view-props.ts';
import type { ViewName } from '../lib/view-state.ts';

type View = ComponentType<ViewProps>;

const withPanels = (name: ViewName, view: Promise<View>) => Promise.all([view, preloadViewFilters(name)]).then(([loaded]) => loaded);

const loaders = {
  timeline: loadOnce<View>(loadTimelineView),
  // These two arrive with their filter panels, so a panel never drops in above a drawn view.
  positions: loadOnce<View>(() => withPanels('positions', import('../features/positions/index.ts').then((module) => module.PositionsView))),
  claims: loadOnce<View>(() => withPanels('claims', import('../features/claims/ClaimsView.tsx').then((module) => module.ClaimsView))),
  articles: loadOnce<View>(() => import('../features/articles/index.ts').then((module) => module.ArticlesView)),
} satisfies Record<ViewName, unknown>;

export function preloadView(name: ViewName): Promise<View> {
  // The claims view draws its tables at once and its charts from a chunk of their own.
  if (name === 'claims') preloadClaimsView().catch(() => {});
  return loaders[name].preload();
}

// The view a link opens on starts loading as the page's script runs, before the first draw,
// so its chunk is on its way at the same moment as the data rather than after the frame.
if (typeof window !== 'undefined') preloadView(parseViewParams(window.location.search).state.view).catch(() => {});

export function useViewModule(name: ViewName): LoadedState<View> {
  return useLoaded(loaders[name]);
}
