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
  // Grouped in the order given, then each group ordered by id, so which copy is kept does
  // not depend on article order. Most items are reported once: sorting only the groups with
  // copies spares a sort of every item. Evidence is joined once per group, not at every
  // copy: that cost n² for an item reported n times (widely repeated quotes run to thousands).
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  const out: T[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    group.sort(byId);
    let kept = group[0]!;
    for (let i = 1; i < group.length; i++) kept = join(kept, group[i]!);
    out.push({ ...kept, evidence: unionEvidence(group.map((item) => item.evidence)) });
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
