// Figures someone states about losses, displacement and the like, always attributed:
// who says it (or `unattributed`), whose losses, and whether anyone has checked it.
// Money, years, ordinals, ages and durations are never claims (numbers.ts says which is which).
import type { Claim, ClaimMetric } from '../../schema/bundle.ts';
import type { ArticleContext, Sentence } from '../context.ts';
import { findAttribution, hitsBetween, subjectBefore, type Attribution } from './attribution.ts';
import { countedNoun } from './claim-metrics.ts';
import { resolveDates } from './dates.ts';
import { sentenceEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { verificationFor } from './verification.ts';

/** "The army also claimed": an institution named before, standing for the last claimant. */
const INSTITUTION_ANAPHOR =
  /\b(?:the|its)\s+(?:army|military|armed forces|general staff|(?:defen[cs]e )?ministry|government|officials|authorities)\b[^.]{0,30}?\b(?:said|says|claimed|claims|reported|reports|added|estimated|estimates)\b/i;
const LOSS_VERB = /(?:['’]s?)?(?:\s+(?:forces|troops|army|military|side))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:lost|sustained|suffered)\b/y;
/** "since February 24": when the counting began, not when the claim was made. */
const PERIOD_START = /\b(?:since|from|between|after|before)\s+$/i;
const SWAP_OF = /\b(?:prisoners?|POWs?)(?:[\s-]of[\s-]war)?[\s-](?:swap|exchange)s?\s+(?:of|involving)\s+(?:some\s+|about\s+|up to\s+)?$/i;
/** "… 43 injured", "… 23 of which were shot down": the noun is the previous figure's. */
const BARE_OUTCOME = /^\s+(?:of (?:which|them|those)\s+)?(?:were\s+|was\s+|had been\s+|have been\s+)?(injured|wounded|killed|dead|shot down|downed|destroyed)\b/i;
const TARIFF = /^\s*(?:import\s+)?tariffs?\b/i;
/** "secondary tariffs of about 100%": the tariff named before its rate. */
const TARIFF_BEFORE = /\btariffs?\s+(?:of|at)\s+$/i;
/** "putting total losses at about 985,000", "the death toll rose to 41": a total with its noun before it. */
const TOTAL_BEFORE = /\b(losses|casualties|death toll|toll|dead)\b[^.;:]{0,60}?\b(?:at|to|of|reached|reaching|stands at|stood at)\s+$/i;
/** "at least 1,000 on each side": how many each side gives in an exchange, the noun said earlier. */
const EACH_SIDE = /^\s+(?:on|from|for)\s+(?:each|either|both)\s+sides?\b|^\s+each\b|^\s+apiece\b/i;
const EXCHANGE_WORD = /\b(?:exchang\w*|swap\w*)\b/i;
/** "the bodies of 6,000 soldiers": remains handed over, not new casualties. */
const BODIES_OF = /\b(?:bodies|remains)\s+of\s+$/i;
/** "…, and Germany about 1.2 million": a second figure for another place, its noun left out. */
const ELLIPTIC_PLACE = /\band\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;
const RETURNED_FOR = /\b(?:in return for|in exchange for|swapped for|exchanged for|traded for)\s+$/i;
const PEOPLE_METRICS = new Set<ClaimMetric>(['killed', 'wounded', 'captured', 'other', 'prisoners-exchanged']);
/** "The UN has verified …": a body that counted the figure itself. */
const CHECKED_BY = /\b(?:has|have|had)\s+(?:independently\s+)?(?:verified|documented|recorded|registered|counted)\b/i;

export function extractClaims(ctx: ArticleContext): Claim[] {
  const claims = new Map<string, Claim>();
  let lastClaimant: string | null = null;
  ctx.sentences.forEach((sentence, index) => {
    const found = claimsInSentence(ctx, sentence, index, lastClaimant);
    for (const claim of found) {
      if (!claims.has(claim.id)) claims.set(claim.id, claim);
    }
    const attributed = found.find((claim) => claim.claimant !== 'unattributed');
    if (attributed) lastClaimant = attributed.claimant;
  });
  return withoutHeadlineEchoes(ctx, [...claims.values()]);
}

/** A headline repeats a figure the story gives again with its source: keep the story's one only. */
function withoutHeadlineEchoes(ctx: ArticleContext, claims: Claim[]): Claim[] {
  // Headlines and kickers come before the first sentence with a full stop and have none themselves.
  const firstProse = ctx.sentences.find((sentence) => /[.!?]["”’']?\s*$/.test(sentence.text));
  if (!firstProse) return claims;
  const inHeadline = (claim: Claim) => claim.evidence[0]!.start < firstProse.start;
  return claims.filter(
    (claim) => !inHeadline(claim) || !claims.some((other) => !inHeadline(other) && other.metric === claim.metric && other.value === claim.value),
  );
}

function claimsInSentence(ctx: ArticleContext, sentence: Sentence, index: number, lastClaimant: string | null): Claim[] {
  const measured: Array<{ quantity: Quantity; counted: Counted }> = [];
  let previous: Counted | null = null;
  for (const quantity of findQuantities(sentence.text)) {
    const counted: Counted | null = measure(quantity, sentence.text, previous) ?? elliptic(quantity, sentence.text, previous);
    if (!counted) continue;
    measured.push({ quantity, counted });
    previous = counted;
  }
  if (measured.length === 0) return [];
  const attribution = firstOf(findAttribution(ctx, sentence.start, sentence.end, false), checkedBy(ctx, sentence));
  const claimant =
    attribution?.actor ?? (lastClaimant && INSTITUTION_ANAPHOR.test(sentence.text) ? lastClaimant : 'unattributed');
  const { verification, sentence: checked } = verificationFor(ctx, index, claimant);
  const statedOn = resolveDates(sentence.text, ctx.publishedAt).find(
    (date) => date.date <= ctx.publishedAt && !PERIOD_START.test(sentence.text.slice(Math.max(0, date.start - 12), date.start)),
  );
  let listSubject: string | null = null;
  return measured.map(({ quantity, counted }) => ({
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
    asOf: null,
    verification,
    verificationEvidence: checked ? sentenceEvidence(ctx, checked) : null,
  }));
}

interface Counted {
  metric: ClaimMetric;
  unit: string;
  nounEnd: number;
}

function measure(quantity: Quantity, sentence: string, previous: Counted | null): Counted | null {
  const after = sentence.slice(quantity.end);
  const before = sentence.slice(Math.max(0, quantity.start - 80), quantity.start);
  if (quantity.kind === 'percent') {
    return TARIFF.test(after) || TARIFF_BEFORE.test(before) ? { metric: 'tariff-percent', unit: '%', nounEnd: quantity.end } : null;
  }
  if (quantity.kind !== 'count') return null;
  if (BODIES_OF.test(before)) {
    const noun = countedNoun(after, '');
    return { metric: 'other', unit: `bodies${noun ? ` of ${noun.unit}` : ''}`, nounEnd: quantity.end + (noun?.end ?? 0) };
  }
  // "a prisoner swap of 1,000 for 1,000": the noun comes before the number.
  if (SWAP_OF.test(sentence.slice(Math.max(0, quantity.start - 50), quantity.start))) {
    return { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end };
  }
  const noun = countedNoun(after, sentence.slice(Math.max(0, quantity.start - 120), quantity.end + 60));
  // "in return for 15 wounded Russian soldiers": people handed back, whatever their state.
  if (noun && RETURNED_FOR.test(before) && PEOPLE_METRICS.has(noun.metric)) {
    return { metric: 'prisoners-exchanged', unit: noun.unit, nounEnd: quantity.end + noun.end };
  }
  if (noun) return { metric: noun.metric, unit: noun.unit, nounEnd: quantity.end + noun.end };
  if (EACH_SIDE.test(after) && EXCHANGE_WORD.test(sentence)) return { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end };
  const total = TOTAL_BEFORE.exec(before);
  if (total?.[1] && /^\s*(?:[,.;:)]|$|\s(?:since|in|so far|to date|as of)\b)/i.test(after)) {
    const word = total[1].toLowerCase();
    return { metric: /toll|dead/.test(word) ? 'killed' : 'other', unit: word, nounEnd: quantity.end };
  }
  // "11 civilians were killed and 43 injured", "88 had been shot down": the noun is the previous one.
  const bare = BARE_OUTCOME.exec(after);
  if (!bare?.[1] || !previous) return null;
  const outcome = bare[1].toLowerCase();
  const metric = /injured|wounded/.test(outcome) ? 'wounded' : /killed|dead/.test(outcome) ? 'killed' : previous.metric;
  return { metric, unit: previous.unit, nounEnd: quantity.end };
}

/** A figure with no noun of its own that repeats the previous one for another place. */
function elliptic(quantity: Quantity, sentence: string, previous: Counted | null): Counted | null {
  if (!previous || quantity.kind !== 'count' || quantity.start < previous.nounEnd) return null;
  const gap = sentence.slice(previous.nounEnd, quantity.start);
  if (/\d/.test(gap) || gap.length > 120 || !ELLIPTIC_PLACE.test(gap)) return null;
  return /^\s*(?:[,.;:)]|$)/.test(sentence.slice(quantity.end)) ? { ...previous, nounEnd: quantity.end } : null;
}

function checkedBy(ctx: ArticleContext, sentence: Sentence): Attribution | null {
  const m = CHECKED_BY.exec(sentence.text);
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
function subjectOf(ctx: ArticleContext, sentence: Sentence, quantity: Quantity, counted: Counted): string | null {
  if (counted.metric === 'tariff-percent') return null;
  const named = hitsBetween(ctx, sentence.start + quantity.end, sentence.start + counted.nounEnd)[0];
  if (named) return named.actor;
  const before = hitsBetween(ctx, sentence.start, sentence.start + quantity.start);
  for (const hit of before.reverse()) {
    LOSS_VERB.lastIndex = hit.end;
    if (LOSS_VERB.test(ctx.text)) return hit.actor;
  }
  return null;
}

/** "Ukraine says 31,000 of its soldiers were killed": the claimant's own losses. */
function ownLosses(ctx: ArticleContext, sentence: Sentence, quantity: Quantity, claimant: string): string | null {
  if (claimant === 'unattributed' || !/^\s+of\s+(?:its|our|their)\s/i.test(sentence.text.slice(quantity.end))) return null;
  const actor = ctx.actors.get(claimant);
  return actor?.kind === 'person' ? (actor.party ?? claimant) : claimant;
}
