// No item may rest on page furniture. Evidence that touches a boilerplate range is
// removed; an item left with no evidence is dropped, as is a claim whose verification
// sentence is furniture.
import type { Range } from '../../schema/bundle.ts';
import type { ArticleItems } from '../extractors/index.ts';
import { mapItems } from './items.ts';

export function dropBoilerplateItems(
  items: ArticleItems,
  boilerplateByArticle: ReadonlyMap<string, Range[]>,
): { items: ArticleItems; dropped: number } {
  let dropped = 0;
  const clean = (piece: { articleId: string; start: number; end: number }) =>
    !(boilerplateByArticle.get(piece.articleId) ?? []).some((r) => piece.start < r.end && r.start < piece.end);
  const kept = mapItems(items, (item) => {
    const evidence = item.evidence.filter(clean);
    const verification = 'verificationEvidence' in item ? item.verificationEvidence : null;
    if (evidence.length === 0 || (verification && !clean(verification))) {
      dropped += 1;
      return null;
    }
    return evidence.length === item.evidence.length ? item : { ...item, evidence };
  });
  return { items: kept, dropped };
}
