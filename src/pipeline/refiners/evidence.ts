// Joining the evidence of items found more than once, without repeating a span.
import type { Evidence } from '../../schema/bundle.ts';

/** Takes a list of lists, not spread arguments: an item may be reported thousands of times. */
export function unionEvidence(lists: readonly Evidence[][]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const list of lists) {
    for (const evidence of list) {
      const key = `${evidence.articleId}:${evidence.start}:${evidence.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(evidence);
    }
  }
  return out;
}

export function byDateThenId<T extends { date: string; id: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
