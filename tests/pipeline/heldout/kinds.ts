// How each kind of item is paired with what a reader expected, which fields are then
// checked, and how a miss is explained. Pairing needs the identifying fields (a claim's
// value, an event's kind and date, a quote's words); the rest are graded after pairing.
import type { Bundle, Claim, Quote, TalksEvent } from '../../../src/schema/bundle.ts';
import type { ExpectedArticle, ExpectedClaim, ExpectedEvent, ExpectedQuote } from './expected-types.ts';
import { accepts, coversSentence, dateFits, describeAllowed, evidenceIn, itemsOf, normaliseQuote, shorten } from './match.ts';

export interface PairContext {
  articleId: string;
  text: string;
}

export interface KindSpec<E, X> {
  expected(article: ExpectedArticle): E[];
  extracted(bundle: Bundle, articleId: string): X[];
  optional(item: E): boolean;
  /** Higher is a better pair; null when the two cannot be the same item. */
  pairScore(expected: E, item: X, ctx: PairContext): number | null;
  wrongFields(expected: E, item: X): string[];
  describeExpected(expected: E): string;
  describeExtracted(item: X, ctx: PairContext): string;
  sentence(expected: E, ctx: PairContext): string;
  explainMiss(expected: E, items: X[], ctx: PairContext): string;
}

function fieldCheck(name: string, allowed: unknown, actual: unknown): string[] {
  if (allowed === undefined) return [];
  return accepts(allowed as unknown[], actual) ? [] : [`${name}: got ${String(actual)}, expected ${describeAllowed(allowed)}`];
}

function quoteOf(item: { evidence: Bundle['claims'][number]['evidence'] }, ctx: PairContext): string {
  return shorten(evidenceIn(item.evidence, ctx.articleId)?.quote ?? item.evidence[0]!.quote);
}

export const CLAIMS: KindSpec<ExpectedClaim, Claim> = {
  expected: (article) => article.claims,
  extracted: (bundle, id) => itemsOf(bundle.claims, id),
  optional: (claim) => claim.optional === true,
  pairScore(expected, claim, ctx) {
    if (claim.value !== expected.value) return null;
    return (coversSentence(claim.evidence, ctx.articleId, ctx.text, expected.sentence) ? 4 : 0) +
      (accepts(expected.metric, claim.metric) ? 2 : 0) + ((expected.valueHigh ?? null) === claim.valueHigh ? 1 : 0);
  },
  wrongFields: (expected, claim) => [
    ...fieldCheck('metric', expected.metric, claim.metric),
    ...fieldCheck('valueHigh', expected.valueHigh === undefined ? undefined : [expected.valueHigh], claim.valueHigh),
    ...fieldCheck('qualifier', expected.qualifier === undefined ? undefined : [expected.qualifier].flat(), claim.qualifier),
    ...fieldCheck('claimant', expected.claimant, claim.claimant),
    ...fieldCheck('verification', expected.verification, claim.verification),
  ],
  describeExpected: (c) => `${describeAllowed(c.metric)} ${c.value}${c.valueHigh ? `–${c.valueHigh}` : ''} by ${describeAllowed(c.claimant)}`,
  describeExtracted: (c) => `${c.metric} ${c.value}${c.valueHigh ? `–${c.valueHigh}` : ''} (${c.qualifier ?? 'no qualifier'}) by ${c.claimant}, ${c.verification}`,
  sentence: (c) => c.sentence,
  explainMiss(expected, claims, ctx) {
    const near = claims.find((c) => coversSentence(c.evidence, ctx.articleId, ctx.text, expected.sentence));
    return near ? `sentence gave ${CLAIMS.describeExtracted(near, ctx)} instead` : 'no claim extracted from the sentence';
  },
};

export const EVENTS: KindSpec<ExpectedEvent, TalksEvent> = {
  expected: (article) => article.events,
  extracted: (bundle, id) => itemsOf(bundle.events, id),
  optional: (event) => event.optional === true,
  pairScore(expected, event, ctx) {
    if (!accepts(expected.kind, event.kind) || !dateFits(expected.date, event.date)) return null;
    return coversSentence(event.evidence, ctx.articleId, ctx.text, expected.sentence) ? 2 : 1;
  },
  wrongFields: (expected, event) => [
    ...fieldCheck('place', expected.place === undefined ? undefined : [expected.place].flat(), event.place),
    ...fieldCheck('status', expected.status, event.status),
  ],
  describeExpected: (e) => `${describeAllowed(e.kind)} on ${typeof e.date === 'string' ? e.date : e.date.join('..')}${e.place ? ` in ${describeAllowed(e.place)}` : ''}`,
  describeExtracted: (e) => `${e.kind} on ${e.date} (${e.dateBasis.kind}: "${e.dateBasis.phrase}") ${e.place ? `in ${e.place}` : 'no place'}, ${e.status}: ${e.title}`,
  sentence: (e) => e.sentence,
  explainMiss(expected, events, ctx) {
    const fromSentence = events.find((e) => coversSentence(e.evidence, ctx.articleId, ctx.text, expected.sentence));
    if (fromSentence) return `sentence gave ${EVENTS.describeExtracted(fromSentence, ctx)}`;
    const sameKind = events.find((e) => accepts(expected.kind, e.kind));
    return sameKind ? `no event from the sentence (nearest same kind: ${EVENTS.describeExtracted(sameKind, ctx)})` : 'no event extracted from the sentence';
  },
};

export const QUOTES: KindSpec<ExpectedQuote, Quote> = {
  expected: (article) => article.quotes,
  extracted: (bundle, id) => itemsOf(bundle.quotes, id),
  optional: (quote) => quote.optional === true,
  pairScore(expected, quote) {
    const words = normaliseQuote(expected.startsWith);
    const text = normaliseQuote(quote.text);
    if (text.startsWith(words)) return 2;
    return text.includes(words) || (text.length >= 8 && words.startsWith(text)) ? 1 : null;
  },
  wrongFields: (expected, quote) => fieldCheck('speaker', expected.speaker, quote.speaker),
  describeExpected: (q) => `${q.speaker}: "${q.startsWith}…"`,
  describeExtracted: (q) => `${q.speaker}: "${shorten(q.text, 70)}"`,
  sentence: (q, ctx) => paragraphAround(ctx.text, q.startsWith),
  explainMiss: () => 'quote not extracted',
};

/** The paragraph holding the words, for showing a missed quote in its context. */
function paragraphAround(text: string, words: string): string {
  const at = text.indexOf(words);
  if (at < 0) return words;
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

export { quoteOf };
