// The same claim, quote or position reported twice (in two sentences or two articles)
// becomes one item with both pieces of evidence.
import type { Claim, Position, Quote } from '../../schema/bundle.ts';
import { unionEvidence } from './evidence.ts';

export function dedupeClaims(claims: Claim[]): Claim[] {
  return dedupe(claims, (c) => [c.metric, c.value, c.valueHigh, c.claimant, c.subject].join('|'), (kept, again) => ({
    ...kept,
    date: kept.date <= again.date ? kept.date : again.date,
    verificationEvidence: kept.verificationEvidence ?? again.verificationEvidence,
  }));
}

export function dedupeQuotes(quotes: Quote[]): Quote[] {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return dedupe(quotes, (q) => `${q.speaker}|${words(q.text)}`, (kept) => kept);
}

export function dedupePositions(positions: Position[]): Position[] {
  return dedupe(positions, (p) => [p.actor, p.topic, p.stance, p.date].join('|'), (kept) => kept);
}

function dedupe<T extends { id: string; evidence: Claim['evidence'] }>(items: T[], key: (item: T) => string, join: (kept: T, again: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const k = key(item);
    const kept = byKey.get(k);
    byKey.set(k, kept ? { ...join(kept, item), evidence: unionEvidence(kept.evidence, item.evidence) } : item);
  }
  return [...byKey.values()];
}
