// When an item is chosen (in the panel, or by a link carrying `focus`), bring its sentence
// into view, move keyboard focus to it and say so to screen readers.
import { useEffect, useRef, useState } from 'react';
import type { ArticleItem } from './article-items.ts';

export function useFocusEvidence(focusId: string | null, items: readonly ArticleItem[] | null) {
  const targetRef = useRef<HTMLElement>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!focusId || !items) return;
    const item = items.find((candidate) => candidate.id === focusId);
    const target = targetRef.current;
    if (!item || !target) {
      setAnnouncement('The chosen item was not found in this article.');
      return;
    }
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    setAnnouncement(`Showing the sentence for: ${item.label}`);
  }, [focusId, items]);

  return { targetRef, announcement };
}
