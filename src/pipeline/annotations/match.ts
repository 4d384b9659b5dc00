// Which extracted items an annotation means: same kind (chosen by the caller), evidence
// overlapping the cited words, and any listed field values equal.
import type { Evidence } from '../../schema/bundle.ts';
import type { AnyItem } from '../assemble/items.ts';

export function overlaps(item: AnyItem, cite: Evidence): boolean {
  return item.evidence.some(
    (piece) => piece.articleId === cite.articleId && piece.start < cite.end && cite.start < piece.end,
  );
}

export function fieldsMatch(item: AnyItem, match: Record<string, unknown> | undefined): boolean {
  return Object.entries(match ?? {}).every(([key, value]) => (item as Record<string, unknown>)[key] === value);
}
