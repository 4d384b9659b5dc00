// Small functions for pairing an extracted item with what a reader expected: accepted
// answers, date windows, and whether an item's evidence covers the expected sentence.
import type { Evidence } from '../../../src/schema/bundle.ts';

export function accepts<T>(allowed: T | T[] | undefined, actual: T): boolean {
  if (allowed === undefined) return true;
  return Array.isArray(allowed) ? allowed.includes(actual) : allowed === actual;
}

export function describeAllowed<T>(allowed: T | T[]): string {
  return Array.isArray(allowed) ? allowed.map(String).join(' | ') : String(allowed);
}

export function dateFits(expected: string | [string, string], actual: string): boolean {
  if (typeof expected === 'string') return expected === actual;
  return actual >= expected[0] && actual <= expected[1];
}

/** Quotes compared without case, curly marks or doubled spaces. */
export function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when any of the item's evidence in this article overlaps where the sentence sits. */
export function coversSentence(evidence: Evidence[], articleId: string, text: string, sentence: string): boolean {
  const start = text.indexOf(sentence);
  if (start < 0) return false;
  const end = start + sentence.length;
  return evidence.some((piece) => piece.articleId === articleId && piece.start < end && piece.end > start);
}

export function evidenceIn(evidence: Evidence[], articleId: string): Evidence | undefined {
  return evidence.find((piece) => piece.articleId === articleId);
}

/** The items whose evidence lies (at least partly) in the given article. */
export function itemsOf<T extends { evidence: Evidence[] }>(items: T[], articleId: string): T[] {
  return items.filter((item) => item.evidence.some((piece) => piece.articleId === articleId));
}

export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
