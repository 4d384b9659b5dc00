// One order for every list, whatever order the steps before produced, so the same
// input always gives the same bytes: by date, then where the first evidence sits, then id.
import type { ArticleItems } from '../extractors/index.ts';
import type { AnyItem } from './items.ts';

export function sortItems(items: ArticleItems, articleOrder: readonly string[]): ArticleItems {
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  type Key = readonly [string, number, number, string];
  const key = (item: AnyItem): Key => {
    const first = item.evidence[0]!;
    return [item.date, rank.get(first.articleId) ?? Infinity, first.start, item.id] as const;
  };
  const compare = (ka: Key, kb: Key) => {
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  };
  // Keys are built once per item, not twice per comparison: lists run to tens of thousands.
  const sorted = <T extends AnyItem>(list: T[]): T[] =>
    list
      .map((item) => ({ item, key: key(item) }))
      .sort((a, b) => compare(a.key, b.key))
      .map(({ item }) => item);
  return {
    events: sorted(items.events),
    positions: sorted(items.positions),
    claims: sorted(items.claims),
    quotes: sorted(items.quotes),
  };
}
