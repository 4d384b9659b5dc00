// Scores a bundle against what a careful reader expected: per kind of item, how much of
// the expected was found (recall), how much of what was found was expected (precision),
// and how often a found item also has its attribution fields right.
import type { Bundle } from '../../../src/schema/bundle.ts';
import type { ExpectedArticle } from './expected-types.ts';
import { CLAIMS, EVENTS, QUOTES, quoteOf, type KindSpec, type PairContext } from './kinds.ts';
import { coversSentence, shorten } from './match.ts';

export type ItemKind = 'claims' | 'events' | 'quotes' | 'actors' | 'boilerplate';

export interface KindScore {
  kind: ItemKind;
  /** Expected items that count for recall (optional ones left out). */
  expected: number;
  /** Expected items paired with an extracted one. */
  found: number;
  /** Found and every checked field (claimant, speaker, date's place …) right. */
  exact: number;
  extracted: number;
  /** Extracted items paired with an expected one, optional ones included. */
  correct: number;
  recall: number;
  exactRecall: number;
  precision: number;
}

export interface Finding {
  kind: ItemKind;
  articleId: string;
  /** What was expected or extracted, in a line. */
  item: string;
  /** Why it is listed: the wrong fields, or the likely cause. */
  cause: string;
  sentence: string;
}

export interface Evaluation {
  scores: KindScore[];
  misses: Finding[];
  falsePositives: Finding[];
  wrongFields: Finding[];
}

export function evaluate(bundle: Bundle, expected: ExpectedArticle[]): Evaluation {
  const result: Evaluation = { scores: [], misses: [], falsePositives: [], wrongFields: [] };
  result.scores.push(scoreKind('claims', CLAIMS, bundle, expected, result));
  result.scores.push(scoreKind('events', EVENTS, bundle, expected, result));
  result.scores.push(scoreKind('quotes', QUOTES, bundle, expected, result));
  result.scores.push(scoreActors(bundle, expected, result));
  result.scores.push(scoreBoilerplate(bundle, expected, result));
  return result;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function scoreKind<E, X>(kind: ItemKind, spec: KindSpec<E, X>, bundle: Bundle, articles: ExpectedArticle[], out: Evaluation): KindScore {
  const score: KindScore = { kind, expected: 0, found: 0, exact: 0, extracted: 0, correct: 0, recall: 0, exactRecall: 0, precision: 0 };
  for (const article of articles) {
    const text = bundle.articles.find((a) => a.id === article.id)?.text ?? '';
    const ctx: PairContext = { articleId: article.id, text };
    const wanted = spec.expected(article);
    const items = spec.extracted(bundle, article.id);
    const pairs = pairUp(wanted, items, (e, x) => spec.pairScore(e, x, ctx));
    score.extracted += items.length;
    score.correct += pairs.size;
    const pairedExpected = new Map([...pairs].map(([x, e]) => [e, x]));

    for (const e of wanted) {
      const x = pairedExpected.get(e);
      if (!spec.optional(e)) score.expected += 1;
      if (x === undefined) {
        if (!spec.optional(e)) out.misses.push({ kind, articleId: article.id, item: spec.describeExpected(e), cause: spec.explainMiss(e, items, ctx), sentence: shorten(spec.sentence(e, ctx), 400) });
        continue;
      }
      const wrong = spec.wrongFields(e, x);
      if (!spec.optional(e)) {
        score.found += 1;
        if (wrong.length === 0) score.exact += 1;
      }
      if (wrong.length > 0) out.wrongFields.push({ kind, articleId: article.id, item: spec.describeExpected(e), cause: wrong.join('; '), sentence: shorten(spec.sentence(e, ctx), 400) });
    }
    for (const x of items) {
      if (pairs.has(x)) continue;
      const twin = wanted.find((e) => spec.pairScore(e, x, ctx) !== null);
      const evidence = (x as { evidence: Bundle['claims'][number]['evidence'] }).evidence;
      const furniture = article.boilerplate.find((line) => coversSentence(evidence, article.id, text, line));
      out.falsePositives.push({
        kind,
        articleId: article.id,
        item: spec.describeExtracted(x, ctx),
        cause: furniture ? 'taken from page furniture (a teaser or footer line not marked as boilerplate)' : twin ? `duplicate of ${spec.describeExpected(twin)}` : 'not expected',
        sentence: quoteOf(x as { evidence: Bundle['claims'][number]['evidence'] }, ctx),
      });
    }
  }
  return { ...score, recall: ratio(score.found, score.expected), exactRecall: ratio(score.exact, score.expected), precision: ratio(score.correct, score.extracted) };
}

/** One-to-one pairs, best-scoring first; returns extracted item → expected item. */
function pairUp<E, X>(wanted: E[], items: X[], score: (e: E, x: X) => number | null): Map<X, E> {
  const candidates: { e: E; x: X; s: number }[] = [];
  for (const e of wanted) for (const x of items) {
    const s = score(e, x);
    if (s !== null) candidates.push({ e, x, s });
  }
  candidates.sort((a, b) => b.s - a.s);
  const pairs = new Map<X, E>();
  const taken = new Set<E>();
  for (const { e, x } of candidates) {
    if (pairs.has(x) || taken.has(e)) continue;
    pairs.set(x, e);
    taken.add(e);
  }
  return pairs;
}

function scoreActors(bundle: Bundle, articles: ExpectedArticle[], out: Evaluation): KindScore {
  let expected = 0, found = 0, extracted = 0;
  for (const article of articles) {
    const named = new Map<string, string>();
    for (const mention of bundle.mentions) {
      const piece = mention.evidence.find((p) => p.articleId === article.id);
      if (piece && !named.has(mention.actor)) named.set(mention.actor, piece.quote);
    }
    expected += article.actors.length;
    extracted += named.size;
    for (const actor of article.actors) {
      if (named.has(actor)) found += 1;
      else out.misses.push({ kind: 'actors', articleId: article.id, item: actor, cause: 'actor not recognised', sentence: '' });
    }
    for (const [actor, quote] of named) {
      if (!article.actors.includes(actor)) out.falsePositives.push({ kind: 'actors', articleId: article.id, item: actor, cause: 'not expected', sentence: quote });
    }
  }
  const correct = found;
  return { kind: 'actors', expected, found, exact: found, extracted, correct, recall: ratio(found, expected), exactRecall: ratio(found, expected), precision: ratio(correct, extracted) };
}

/**
 * Furniture lines the pipeline should mark (recall), and marked ranges that do not swallow
 * a sentence a reader took an item from (precision).
 */
function scoreBoilerplate(bundle: Bundle, articles: ExpectedArticle[], out: Evaluation): KindScore {
  let expected = 0, found = 0, extracted = 0, correct = 0;
  for (const article of articles) {
    const { text, boilerplate } = bundle.articles.find((a) => a.id === article.id) ?? { text: '', boilerplate: [] };
    const spans = (phrases: string[]) => phrases.map((phrase) => ({ phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }));
    for (const line of spans(article.boilerplate)) {
      expected += 1;
      if (boilerplate.some((range) => range.start <= line.start && range.end >= line.end)) found += 1;
      else out.misses.push({ kind: 'boilerplate', articleId: article.id, item: 'furniture line not marked', cause: 'boilerplate not detected', sentence: line.phrase });
    }
    const story = spans([...article.claims.map((c) => c.sentence), ...article.events.map((e) => e.sentence), ...article.quotes.map((q) => q.startsWith)]);
    for (const range of boilerplate) {
      extracted += 1;
      const swallowed = story.find((s) => s.start >= 0 && s.start < range.end && s.end > range.start);
      if (!swallowed) correct += 1;
      else out.falsePositives.push({ kind: 'boilerplate', articleId: article.id, item: 'story text marked as boilerplate', cause: 'boilerplate range covers an expected item', sentence: shorten(swallowed.phrase) });
    }
  }
  return { kind: 'boilerplate', expected, found, exact: found, extracted, correct, recall: ratio(found, expected), exactRecall: ratio(found, expected), precision: ratio(correct, extracted) };
}
