// The same claim, quote or position reported twice (in two sentences or two articles)
// becomes one item with both pieces of evidence.
import type { Claim, Position, Quote } from '../../schema/bundle.ts';
import { unionEvidence } from './evidence.ts';
import { quoteWords } from './quote-words.ts';

export function dedupeClaims(claims: Claim[]): Claim[] {
  // A template, not an array joined: built for every claim. `?? ''` stands for join's empty null.
  return dedupe(claims, (c) => `${c.metric}|${c.value}|${c.valueHigh ?? ''}|${c.claimant}|${c.subject ?? ''}`, (kept, again) => ({
    ...kept,
    date: kept.date <= again.date ? kept.date : again.date,
    verificationEvidence: kept.verificationEvidence ?? again.verificationEvidence,
  }));
}

export function dedupeQuotes(quotes: Quote[]): Quote[] {
  return dedupe(quotes, (q) => `${q.speaker}|${quoteWords(q.text)}`, (kept) => kept);
}

export function dedupePositions(positions: Position[]): Position[] {
  return dedupe(positions, (p) => `${p.actor}|${p.topic}|${p.stance}|${p.date}`, (kept) => kept);
}

function dedupe<T extends { id: string; evidence: Claim['evidence'] }>(items: T[], key: (item: T) => string, join: (kept: T, again: T) => T): T[] {
  // Evidence is gathered per key and joined once at the end: joining it at every copy
  // made an item reported n times cost n² (widely repeated quotes run to thousands).
  const byKey = new Map<string, { kept: T; evidence: Claim['evidence'][] }>();
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const k = key(item);
    const group = byKey.get(k);
    if (group) {
      group.kept = join(group.kept, item);
      group.evidence.push(item.evidence);
    } else {
      byKey.set(k, { kept: item, evidence: [item.evidence] });
    }
  }
  return [...byKey.values()].map(({ kept, evidence }) => (evidence.length === 1 ? kept : { ...kept, evidence: unionEvidence(evidence) }));
}
