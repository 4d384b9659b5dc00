// The chart module is a chunk of its own, fetched once and ahead of
// need: the app calls preloadClaimsView() when a link opens on claims or the Claims tab is
// pointed at. The view draws its tables at once and the charts when the module arrives.
import { loadOnce, useLoaded, type LoadedState } from '../../lib/load-once.ts';

type ChartsModule = typeof import('./ClaimsCharts.tsx');

const charts = loadOnce<ChartsModule>(() => import('./ClaimsCharts.tsx'));

export const preloadClaimsView = (): Promise<ChartsModule> => charts.preload();

export type ChartsState = LoadedState<ChartsModule>;

export function useClaimsCharts(): ChartsState {
  return useLoaded(charts);
}
