// Rendered inside a chart: remembers which data point the keyboard (arrow keys, from the
// chart's accessibility layer) or the pointer last made active, so Enter can open it.
import { useEffect, type RefObject } from 'react';
import { useActiveTooltipDataPoints } from 'recharts';

export function ActivePointProbe<T>({ activeRef }: { activeRef: RefObject<T | null> }) {
  const points = useActiveTooltipDataPoints<T>();
  const first = points?.[0] ?? null;
  useEffect(() => {
    activeRef.current = first;
  }, [first, activeRef]);
  return null;
}
