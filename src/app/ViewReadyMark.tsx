import { useEffect } from 'react';
import type { ViewName } from '../lib/view-state.ts';

/**
 * Placed after a view in the tree, so its effect runs once the view's own have:
 * a performance mark the benchmarks read as "this view is on screen with its data".
 */
export function ViewReadyMark({ view }: { view: ViewName }) {
  useEffect(() => {
    performance.mark(`view-ready:${view}`);
  }, [view]);
  return null;
}
