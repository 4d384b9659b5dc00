// Joining the evidence of items found more than once, without repeating a span.
import type { Evidence } from '../../schema/bundle.ts';

export function unionEvidence(...lists: Evidence[][]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const evidence of lists.flat()) {
    const key = `${evidence.articleId}:${evidence.start}:${evidence.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(evidence);
  }
  return out;
}

export function byDateThenId<T extends { date: string; id: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
