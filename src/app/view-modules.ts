// Each view but the default one is its own chunk, so the first view ships only what it
// draws. A chunk starts loading as soon as its view is likely (the link opens on it, or a
// tab is pointed at or focused).
import type { ComponentType } from 'react';
import { preloadClaimsView } from '../features/claims/load-claims-charts.ts';
import { preloadViewFilters } from '../features/filters/index.ts';
import { TimelineView } from '../features/timeline/index.ts';
import { loadOnce, useLoaded, type LoadedState } from '../lib/load-once.ts';
import type { ViewProps } from '../lib/view-props.ts';
import type { ViewName } from '../lib/view-state.ts';

type View = ComponentType<ViewProps>;

const withPanels = (name: ViewName, view: Promise<View>) => Promise.all([view, preloadViewFilters(name)]).then(([loaded]) => loaded);

const loaders = {
  timeline: loadOnce<View>(() => Promise.resolve(TimelineView)),
  // These two arrive with their filter panels, so a panel never drops in above a drawn view.
  positions: loadOnce<View>(() => withPanels('positions', import('../features/positions/index.ts').then((module) => module.PositionsView))),
  claims: loadOnce<View>(() => withPanels('claims', import('../features/claims/ClaimsView.tsx').then((module) => module.ClaimsView))),
  articles: loadOnce<View>(() => import('../features/articles/index.ts').then((module) => module.ArticlesView)),
} satisfies Record<ViewName, unknown>;

// The default view is in the entry chunk: mark it as arrived so it renders on the first pass.
void loaders.timeline.preload();

export function preloadView(name: ViewName): Promise<View> {
  // The claims view draws its tables at once and its charts from a chunk of their own.
  if (name === 'claims') preloadClaimsView().catch(() => {});
  return loaders[name].preload();
}

export function useViewModule(name: ViewName): LoadedState<View> {
  return useLoaded(loaders[name]);
}
