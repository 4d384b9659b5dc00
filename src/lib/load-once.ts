// A code-split module fetched at most once, ahead of need, and rendered as soon as it is
// here: the caller shows a stand-in meanwhile rather than suspending, which made views
// appear hundreds of milliseconds late.
import { useEffect, useState } from 'react';

export interface ModuleLoader<T> {
  /** Starts the fetch (once); a failed fetch may be tried again. */
  preload(): Promise<T>;
  /** The module if it has arrived. */
  peek(): T | null;
}

export function loadOnce<T>(importer: () => Promise<T>): ModuleLoader<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    preload() {
      pending ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    peek: () => loaded,
  };
}

export type LoadedState<T> = { module: T | null; failed: boolean; retry: () => void };

export function useLoaded<T>(loader: ModuleLoader<T>): LoadedState<T> {
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const module = loader.peek();

  useEffect(() => {
    if (module) return;
    let current = true;
    setFailed(false);
    loader.preload().then(
      () => current && setArrived((n) => n + 1),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [loader, module, attempt]);

  return { module, failed, retry: () => setAttempt((n) => n + 1) };
}
