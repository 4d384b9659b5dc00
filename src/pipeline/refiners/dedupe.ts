// The same claim, quote or position reported twice (in two sentences or two articles)
// becomes one item with both pieces of evidence.
import type { Claim, Position, Quote } from '../../schema/bundle.ts';
import { addDays } from '../reading/calendar.ts';
import { unionEvidence } from './evidence.ts';
import { groupBy } from './group-by.ts';
import { quoteWords } from './quote-words.ts';

/** Copies of one claim are reported within this many days of each other; "18 killed" a year apart is two claims. */
const SAME_CLAIM_DAYS = 7;

export function dedupeClaims(claims: Claim[]): Claim[] {
  // A template, not an array joined: built for every claim. `?? ''` stands for join's empty null.
  const base = (c: Claim) => `${c.metric}|${c.value}|${c.valueHigh ?? ''}|${c.claimant}|${c.subject ?? ''}`;
  const keys = keysByTime(claims, base);
  return dedupe(claims, (c) => keys.get(c)!, (kept, again) => ({
    ...kept,
    date: kept.date <= again.date ? kept.date : again.date,
    verificationEvidence: kept.verificationEvidence ?? again.verificationEvidence,
  }));
}

/**
 * `base` plus the claim's place in time: copies whose dates lie within SAME_CLAIM_DAYS of the
 * first of their run share a key, and a copy further on starts a new run.
 */
function keysByTime(claims: readonly Claim[], base: (claim: Claim) => string): Map<Claim, string> {
  const keys = new Map<Claim, string>();
  for (const [k, group] of groupBy(claims, base)) {
    if (group.length === 1) {
      keys.set(group[0]!, k);
      continue;
    }
    let run = -1;
    let runEnds = '';
    for (const claim of [...group].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      if (run < 0 || claim.date > runEnds) {
        run++;
        runEnds = addDays(claim.date, SAME_CLAIM_DAYS);
      }
      keys.set(claim, `${k}|${run}`);
    }
  }
  return keys;
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
  const out: T[] = [];
  for (const group of groupBy(items, key).values()) {
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
