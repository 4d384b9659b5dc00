import { knownDateSpan, type FilteredIndex } from '../../lib/filter-index.ts';

/** The first and last dates of everything in view, or null when nothing is. */
export function dateSpan(filtered: FilteredIndex): { first: string; last: string } | null {
  // One pass keeping the smallest and largest ISO date: sorting every date of a large
  // collection took longer than the filtering itself.
  let first: string | null = null;
  let last: string | null = null;
  const see = (date: string) => {
    if (!date) return;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  };
  for (const event of filtered.events) {
    see(event.date);
    see(event.endDate ?? event.date);
  }
  // Collections the filter left whole or cut only by date carry their span already.
  const scan = <T>(items: T[], dateOf: (item: T) => string) => {
    const known = knownDateSpan(items);
    if (known) {
      see(known.first);
      see(known.last);
    } else for (const item of items) see(dateOf(item));
  };
  scan(filtered.positions, (position) => position.date);
  scan(filtered.claims, (claim) => claim.date);
  scan(filtered.quotes, (quote) => quote.date);
  scan(filtered.articles, (article) => article.publishedAt);
  return first !== null && last !== null ? { first, last } : null;
}
