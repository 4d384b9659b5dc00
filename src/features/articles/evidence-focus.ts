// A link may point at one sentence of an item read from several: `focus=<item id>:<start>`.
// The reader then treats that one span as the focused item (highlighted, scrolled to,
// announced) while the item's other spans stay marked as usual.
import { splitEvidenceFocus } from '../../lib/open-evidence.ts';
import type { ArticleItem } from './article-items.ts';

export function withEvidenceFocus(items: readonly ArticleItem[], focusId: string | null): { items: readonly ArticleItem[]; itemId: string | null } {
  const parts = splitEvidenceFocus(focusId, (id) => items.some((item) => item.id === id));
  if (parts === null || focusId === null) return { items, itemId: focusId };
  const item = items.find((candidate) => candidate.id === parts.itemId)!;
  const chosen = item.spans.find((span) => span.start === parts.start);
  if (!chosen) return { items, itemId: parts.itemId };
  const rest = { ...item, spans: item.spans.filter((span) => span !== chosen) };
  return {
    items: [...items.map((candidate) => (candidate === item ? rest : candidate)), { ...item, id: focusId, spans: [chosen] }],
    itemId: parts.itemId,
  };
}
