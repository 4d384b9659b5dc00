// Figures someone states about losses, displacement and the like, always attributed:
// who says it (or `unattributed`), whose losses, and whether anyone has checked it.
// Money, years, ordinals, ages and durations are never claims (numbers.ts says which is which).
import type { Claim } from '../../schema/bundle.ts';
import type { ClaimLexicon } from '../language/types.ts';
import type { ArticleReading, SentenceReading } from '../reading/types.ts';
import { hitsBetween, isOutlet, subjectBefore, type Attribution } from '../reading/attribution.ts';
import { resolveBody } from './claims/bodies.ts';
import { findClaimant } from './claims/claimant.ts';
import { readFigure, type Counted, type FigureInput } from './claims/figures.ts';
import { headlineSource } from './claims/headline.ts';
import { sentenceEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import type { Quantity } from '../reading/numbers.ts';
import { rulesOf, traced } from '../trace.ts';
import { verificationFor } from './verification.ts';

export function extractClaims(ctx: ArticleReading): Claim[] {
  const claims = new Map<string, Claim>();
  let last: { claimant: string; index: number } | null = null;
  const headline = headlineSource(ctx);
  const bodies = new Map<string, string | null>();
  const reportedAfter = sourcesGivenAfter(ctx, bodies);
  ctx.sentences.forEach((sentence, index) => {
    const ahead = [index + 1, index + 2].map((i) => reportedAfter.get(i)).find((source) => source && source.paragraph - sentence.paragraph <= 1);
    const found = claimsInSentence(ctx, sentence, index, last, headline, bodies, ahead?.claimant ?? null);
    for (const claim of found) {
      if (!claims.has(claim.id)) claims.set(claim.id, claim);
    }
    const attributed = found.find((claim) => claim.claimant !== 'unattributed');
    if (attributed) last = { claimant: attributed.claimant, index };
  });
  return withoutHeadlineEchoes(ctx, withoutLossRestatements([...claims.values()]));
}

/**
 * "Russia has lost 12,000 soldiers" read as killed and wounded, when the same source gives the
 * same figure as killed elsewhere in the article: the article means the dead, keep that claim only.
 */
function withoutLossRestatements(claims: Claim[]): Claim[] {
  return claims.filter(
    (claim) =>
      !rulesOf(claim).some((rule) => rule.endsWith('/lost')) ||
      !claims.some((other) => other !== claim && other.metric === 'killed' && other.value === claim.value && other.claimant === claim.claimant),
  );
}

/** A headline repeats a figure the story gives again with its source: keep the story's one only. */
function withoutHeadlineEchoes(ctx: ArticleReading, claims: Claim[]): Claim[] {
  // Headlines and kickers come before the first sentence with a full stop and have none themselves.
  const firstProse = ctx.sentences.find((sentence) => /[.!?]["”’']?\s*$/.test(sentence.text));
  if (!firstProse) return claims;
  const inHeadline = (claim: Claim) => claim.evidence[0]!.start < firstProse.start;
  return claims.filter(
    (claim) => !inHeadline(claim) || !claims.some((other) => !inHeadline(other) && other.metric === claim.metric && other.value === claim.value),
  );
}

/**
 * "The tally passed 51,000. April alone cost 2,300 troops. This was reported by a news site citing
 * the defence ministry": a source named after the figures, in a sentence of its own. By sentence index.
 */
function sourcesGivenAfter(ctx: ArticleReading, bodies: Map<string, string | null>): Map<number, { claimant: string; paragraph: number }> {
  const sources = new Map<number, { claimant: string; paragraph: number }>();
  ctx.sentences.forEach((sentence, index) => {
    const { REPORTED_AFTER, CITING } = ctx.language.claims.CLAIMANTS;
    if (!REPORTED_AFTER.test(sentence.text)) return;
    // "… by a news site citing the Ministry of Defence of the United Kingdom": the source cited, else the one reporting.
    const cited = CITING.exec(sentence.text);
    const from = sentence.start + (cited ? cited.index + cited[0].length : 0);
    const body = ctx.language.claims.SOURCES.BODY_ANY.exec(ctx.text.slice(from, sentence.end));
    const claimant =
      (body ? resolveBody(ctx, from + body.index, from + body.index + body[0].length, bodies) : null) ??
      hitsBetween(ctx, from, sentence.end).find((hit) => !hit.quoted && !isOutlet(ctx, hit.actor))?.actor;
    if (claimant) sources.set(index, { claimant, paragraph: sentence.paragraph });
  });
  return sources;
}

function claimsInSentence(
  ctx: ArticleReading,
  sentence: SentenceReading,
  index: number,
  last: { claimant: string; index: number } | null,
  headline: string | null,
  bodies: Map<string, string | null>,
  /** The source a sentence just after names for the figures before it ("This is reported by …"). */
  reportedAfter: string | null,
): Claim[] {
  const measured: Array<{ quantity: Quantity; counted: Counted }> = [];
  let previous: Counted | null = null;
  let previousEnd = 0;
  for (const quantity of sentence.quantities) {
    if (quantity.kind !== 'count') {
      previousEnd = quantity.end;
      continue;
    }
    const text = sentence.text;
    const input: FigureInput = { quantity, sentence: text, after: text.slice(quantity.end), before: text.slice(previousEnd, quantity.start), window: text.slice(Math.max(0, quantity.start - 80), quantity.start), previous, lexicon: ctx.language.claims };
    const counted: Counted | null = readFigure(input) ?? elliptic(quantity, text, previous, ctx.language.claims);
    previousEnd = quantity.end;
    if (!counted) continue;
    measured.push({ quantity, counted });
    previous = counted;
    previousEnd = Math.max(previousEnd, counted.nounEnd);
  }
  if (measured.length === 0) return [];
  const checked = checkedBy(ctx, sentence);
  const own = checked ? { claimant: checked.actor, rule: 'claimant/checked-by' } : findClaimant({ ctx, sentence, index, last, headline, bodies, firstFigure: measured[0]!.quantity.start });
  // A source given in the next sentences outranks none, and the headline's.
  const found = reportedAfter && (!own || own.claimant === 'unattributed' || own.rule === 'claimant/headline') ? { claimant: reportedAfter, rule: 'claimant/reported-after' } : own;
  const claimant = found?.claimant ?? 'unattributed';
  const { verification, sentence: flagged } = verificationFor(ctx, index, claimant);
  // An independent body's figure is independent only where the text says it checked it.
  const independent = verification === 'independent' && !ctx.language.claims.SOURCES.CHECKED_WORDS.test(sentence.text) ? 'unknown' : verification;
  // "allegedly", "purportedly": the article itself doubts the figure.
  const status = independent === 'unknown' && ctx.language.claims.SOURCES.DOUBTED.test(sentence.text) ? 'unverified' : independent;
  const dates = sentence.dates.filter((date) => date.date <= ctx.publishedAt);
  const { AS_OF, PERIOD_START, STARTS_PERIOD, IN_SINCE_CLAUSE } = ctx.language.claims.FIGURES;
  const asOf = dates.find((date) => AS_OF.test(sentence.text.slice(Math.max(0, date.start - 24), date.start)));
  const statedOn = dates.find(
    (date) => date !== asOf && !PERIOD_START.test(sentence.text.slice(Math.max(0, date.start - 30), date.start)) && !STARTS_PERIOD.test(sentence.text.slice(date.start, date.end)) && !IN_SINCE_CLAUSE.test(sentence.text.slice(Math.max(0, date.start - 120), date.start)),
  );
  let listSubject: string | null = null;
  return measured.map(({ quantity, counted }) => {
    const claim: Claim = {
      id: itemId('claim', ctx.articleId, sentence.start, counted.metric, quantity.value),
      origin: 'extracted',
      evidence: [sentenceEvidence(ctx, sentence)],
      metric: counted.metric,
      value: quantity.value,
      valueHigh: quantity.valueHigh,
      qualifier: quantity.qualifier,
      unit: counted.unit,
      // In a list ("123 Ukrainian drones and 1,579 tanks") the items share whose losses they are.
      subject: (listSubject = subjectOf(ctx, sentence, quantity, counted) ?? ownLosses(ctx, sentence, quantity, claimant) ?? listSubject),
      claimant,
      date: statedOn?.date ?? ctx.publishedAt,
      asOf: asOf?.date ?? null,
      verification: status,
      verificationEvidence: flagged ? sentenceEvidence(ctx, flagged) : null,
    };
    return traced(claim, counted.rule, found?.rule ?? 'claimant/none');
  });
}

/** A figure with no noun of its own that repeats the previous one for another place. */
function elliptic(quantity: Quantity, sentence: string, previous: Counted | null, lexicon: ClaimLexicon): Counted | null {
  if (!previous || quantity.kind !== 'count' || quantity.start < previous.nounEnd) return null;
  const gap = sentence.slice(previous.nounEnd, quantity.start);
  if (/\d/.test(gap) || gap.length > 120 || !lexicon.FIGURES.ELLIPTIC_PLACE.test(gap)) return null;
  return /^\s*(?:[,.;:)]|$|while\b|and\b)/.test(sentence.slice(quantity.end)) ? { ...previous, nounEnd: quantity.end, rule: 'figure/elliptic-place' } : null;
}

function checkedBy(ctx: ArticleReading, sentence: SentenceReading): Attribution | null {
  const m = ctx.language.claims.SOURCES.CHECKED_BY.exec(sentence.text);
  if (!m) return null;
  const verbStart = sentence.start + m.index;
  const actor = subjectBefore(ctx, sentence.start, verbStart, false);
  return actor ? { actor, verbStart } : null;
}

function firstOf(a: Attribution | null, b: Attribution | null): Attribution | null {
  if (!a || !b) return a ?? b;
  return a.verbStart <= b.verbStart ? a : b;
}

/** Whose losses: "17,200 Russian occupiers" → russia; "Russia has lost 597 tanks" → russia. */
function subjectOf(ctx: ArticleReading, sentence: SentenceReading, quantity: Quantity, counted: Counted): string | null {
  const named = hitsBetween(ctx, sentence.start + quantity.end, sentence.start + counted.nounEnd)[0];
  if (named) return named.actor;
  const before = hitsBetween(ctx, sentence.start, sentence.start + quantity.start);
  for (const hit of before.reverse()) {
    const { OWN_LOSS_VERB } = ctx.language.claims.FIGURES;
    OWN_LOSS_VERB.lastIndex = hit.end;
    if (OWN_LOSS_VERB.test(ctx.text)) return hit.actor;
  }
  return null;
}

/** "Ukraine says 31,000 of its soldiers were killed": the claimant's own losses. */
function ownLosses(ctx: ArticleReading, sentence: SentenceReading, quantity: Quantity, claimant: string): string | null {
  if (claimant === 'unattributed' || !/^\s+of\s+(?:its|our|their)\s/i.test(sentence.text.slice(quantity.end))) return null;
  const actor = ctx.actors.get(claimant);
  return actor?.kind === 'person' ? (actor.party ?? claimant) : claimant;
}
