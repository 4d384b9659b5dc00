import { knownDateSpan, type FilteredIndex } from '../../lib/filter-index.ts';
import type { CollectionName } from '../../schema/bundle.ts';

/**
 * The first and last dates of what the view shows (its collection, or the articles for
 * the article list), or null when nothing is.
 */
export function dateSpan(filtered: FilteredIndex, shown: Exclude<CollectionName, 'disagreements'> | 'articles'): { first: string; last: string } | null {
  // One pass keeping the smallest and largest ISO date: sorting every date of a large
  // collection took longer than the filtering itself.
  let first: string | null = null;
  let last: string | null = null;
  const see = (date: string) => {
    if (!date) return;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  };
  // Collections the filter left whole or cut only by date carry their span already.
  const scan = <T>(items: T[], dateOf: (item: T) => string) => {
    const known = knownDateSpan(items);
    if (known) {
      see(known.first);
      see(known.last);
    } else for (const item of items) see(dateOf(item));
  };
  if (shown === 'events') {
    for (const event of filtered.events) {
      see(event.date);
      see(event.endDate ?? event.date);
    }
  } else if (shown === 'positions') scan(filtered.positions, (position) => position.date);
  else if (shown === 'claims') scan(filtered.claims, (claim) => claim.date);
  else scan(filtered.articles, (article) => article.publishedAt);
  return first !== null && last !== null ? { first, last } : null;
}
