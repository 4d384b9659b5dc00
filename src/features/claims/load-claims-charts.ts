// Loads the chart module once, ahead of need: the app may call preloadClaimsView() at start
// or on hovering the Claims tab. The view renders its tables at once and the charts when
// the module arrives (no Suspense fallback, which made the whole view appear late).
import { useEffect, useState } from 'react';

type ChartsModule = typeof import('./ClaimsCharts.tsx');

let pending: Promise<ChartsModule> | null = null;
let loaded: ChartsModule | null = null;

export function preloadClaimsView(): Promise<ChartsModule> {
  pending ??= import('./ClaimsCharts.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null; // let a later attempt retry
      throw error;
    },
  );
  return pending;
}

export type ChartsState = { module: ChartsModule | null; failed: boolean; retry: () => void };

export function useClaimsCharts(): ChartsState {
  const [module, setModule] = useState<ChartsModule | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (module) return;
    let current = true;
    preloadClaimsView().then(
      (result) => current && setModule(result),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [module, attempt]);

  return { module, failed, retry: () => (setFailed(false), setAttempt((n) => n + 1)) };
}
