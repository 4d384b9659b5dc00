// The shape of what a careful reader would take from each held-out article. Where the
// text allows more than one fair reading (a metric, a claimant, a kind), the field lists
// every acceptable answer; a field left out is not checked.
import type { ClaimMetric, EventKind, EventStatus, Verification } from '../../../src/schema/bundle.ts';

type OneOrMore<T> = T | T[];

export interface ExpectedClaim {
  metric: OneOrMore<ClaimMetric>;
  value: number;
  valueHigh?: number | null;
  qualifier?: OneOrMore<string | null>;
  claimant: OneOrMore<string>;
  verification?: OneOrMore<Verification>;
  /** Words of the sentence that states it, copied from the article. */
  sentence: string;
  /** Fair to extract, no loss if missed (a sub-count, a repeat). */
  optional?: boolean;
}

export interface ExpectedEvent {
  kind: OneOrMore<EventKind>;
  /** A day, or the first and last day a vague phrase ("last week") allows. */
  date: string | [string, string];
  place?: OneOrMore<string | null>;
  status?: OneOrMore<EventStatus>;
  sentence: string;
  optional?: boolean;
}

export interface ExpectedQuote {
  speaker: string;
  /** The first words inside the quotation marks. */
  startsWith: string;
  optional?: boolean;
}

export interface ExpectedArticle {
  /** The file name without `.txt`. */
  id: string;
  actors: string[];
  claims: ExpectedClaim[];
  events: ExpectedEvent[];
  quotes: ExpectedQuote[];
  /** Page furniture lines that must yield no item (teasers with numbers and quotes, footers). */
  boilerplate: string[];
}
