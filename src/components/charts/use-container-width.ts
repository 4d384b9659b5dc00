// Charts draw at a pixel width. Measures the wrapper before the first paint (so a chart is
// drawn once, at its real width, not first at a guess) and follows resizes. Where layout is
// not available (tests) it falls back to a fixed width.
import { useLayoutEffect, useRef, useState } from 'react';

export function useContainerWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      setWidth((current) => (measured > 0 ? measured : (current ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);

  return [ref, width] as const;
}
