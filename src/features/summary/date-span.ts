import type { FilteredIndex } from '../../lib/filter-index.ts';

/** The first and last dates of everything in view, or null when nothing is. */
export function dateSpan(filtered: FilteredIndex): { first: string; last: string } | null {
  const dates = [
    ...filtered.events.flatMap((event) => [event.date, event.endDate ?? event.date]),
    ...filtered.positions.map((position) => position.date),
    ...filtered.claims.map((claim) => claim.date),
    ...filtered.quotes.map((quote) => quote.date),
    ...filtered.articles.map((article) => article.publishedAt),
  ].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first && last ? { first, last } : null;
}
