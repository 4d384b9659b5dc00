// One order for every list, whatever order the steps before produced, so the same
// input always gives the same bytes: by date, then where the first evidence sits, then id.
import type { ArticleItems } from '../extractors/index.ts';
import type { AnyItem } from './items.ts';

export function sortItems(items: ArticleItems, articleOrder: readonly string[]): ArticleItems {
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  const key = (item: AnyItem) => {
    const first = item.evidence[0]!;
    return [item.date, rank.get(first.articleId) ?? Infinity, first.start, item.id] as const;
  };
  const compare = (a: AnyItem, b: AnyItem) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  };
  return {
    events: [...items.events].sort(compare),
    positions: [...items.positions].sort(compare),
    claims: [...items.claims].sort(compare),
    quotes: [...items.quotes].sort(compare),
  };
}
