// Stated positions of parties: a stance cue ("seeks", "opposed", "willing to") followed
// by a topic ("a ceasefire", "NATO membership"). The actor is who speaks (inside a
// quote) or the clause's subject, mapped to the state or body they speak for. Analysts,
// outlets and former officials have no positions here, however they are quoted.
import type { Position, Stance } from '../../schema/bundle.ts';
import type { ArticleContext, Sentence } from '../context.ts';
import { hitsBetween } from './attribution.ts';
import { resolveDates } from './dates.ts';
import { sentenceEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { byStart, overlapsAny } from './spans.ts';
import { CLAUSE_BETWEEN, CONDITION, HEDGED_BEFORE, REVERSING, REVERSING_AFTER, STANCE_CUES, TOPICS } from './position-lexicon.ts';
import { summaryPhrase } from './position-summary.ts';
import { attributePassages, type SpokenPassage } from './quotes.ts';
import { mayMatch, WordGate } from './word-gate.ts';

/** How far after its cue a topic may be and still be what the cue is about. */
const TOPIC_REACH = 120;
const CLAUSE_BREAK = /(?:;|,\s*but|\bbut\b|,\s*while|\bwhile\b|,\s*as|\bif\b|\bwhether\b|\bunless\b)\s/gi;
/** Fourteen topic patterns on each sentence with a stance cue cost more than one look for their words. */
const TOPIC_GATE = new WordGate(TOPICS.map(([, , words]) => words));
/** A name followed by its verb is the subject: "Zelenskiy had said", "Ankara has called", "Turkey had offered". */
const VERB_AFTER =
  /^\s+(?:\w+\s+)?(?:has|had|have|is|are|was|were|said|says|would|will|wants|seeks|demands|urged|called|appealed|offered|proposed|rejected|opposed|advocates|requires|stood|insists|told|also|\w+ed)\b/;
/** A name right before its cue is its subject: "Kremlin rejects", "Moscow has repeatedly said it will not accept". */
const DIRECT_SUBJECT = /^(?:\s+(?:has|have|had|is|are|was|were|also|repeatedly|again|now|on|\p{Lu}\p{Ll}+day|it|said|says|would|will)){0,4}\s+$/u;
/** Cues inside "if …" or "whether …" are hypotheses, not positions. */
const HYPOTHETICAL = /\b(?:if|whether|unless)\s$/i;

interface Cue {
  stance: Stance;
  start: number;
  end: number;
}

export function extractPositions(ctx: ArticleContext): Position[] {
  const spoken = attributePassages(ctx);
  const positions = new Map<string, Position>();
  for (const sentence of ctx.sentences) {
    for (const position of positionsInSentence(ctx, sentence, spoken)) {
      const key = `${position.actor}|${position.topic}|${position.date}`;
      if (!positions.has(key)) positions.set(key, position);
    }
  }
  return [...positions.values()];
}

function positionsInSentence(ctx: ArticleContext, sentence: Sentence, spoken: SpokenPassage[]): Position[] {
  const text = sentence.text;
  const cues = findCues(text);
  if (cues.length === 0) return [];
  // Dates cost a parse; most sentences with a stance word name no topic, so read them only when one does.
  let statedOn: string | undefined;
  const found: Position[] = [];
  const possible = TOPIC_GATE.patternsIn(text);
  for (let t = 0; t < TOPICS.length; t++) {
    if (!mayMatch(possible, t)) continue;
    const [topic, pattern] = TOPICS[t]!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const cue = cueBefore(cues, m.index);
      if (!cue) continue;
      const actor = actorFor(ctx, sentence, cue, spoken);
      if (!actor) continue;
      const between = text.slice(cue.end, m.index);
      let stance: Stance = cue.stance;
      if (stance === 'for' && (REVERSING.test(between) || REVERSING_AFTER.test(text.slice(m.index + m[0].length)))) stance = 'against';
      if (CLAUSE_BETWEEN.test(between)) continue;
      if (CONDITION.test(between)) continue; // the topic sits inside a condition: "… if Putin declines the meeting"
      const rest = text.slice(m.index + m[0].length).split(/;|\sand\s|,\s*(?:and|but)\s/)[0] ?? '';
      if (CONDITION.test(rest)) stance = 'conditional';
      const phrase = summaryPhrase(text.slice(cue.start, m.index + m[0].length), stance, topic, m[0]);
      const name = ctx.actors.get(actor)?.name ?? actor;
      found.push({
        id: itemId('position', ctx.articleId, sentence.start, actor, topic, stance),
        origin: 'extracted',
        evidence: [sentenceEvidence(ctx, sentence)],
        actor,
        topic,
        stance,
        summary: `${name}: ${phrase}`,
        date: (statedOn ??= resolveDates(text, ctx.publishedAt).find((date) => date.date <= ctx.publishedAt)?.date ?? ctx.publishedAt),
      });
      break;
    }
  }
  return found;
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  // Indexed, with no closure over the match: see event-cues.ts.
  for (let p = 0; p < STANCE_CUES.length; p++) {
    const stance = STANCE_CUES[p]![0];
    const pattern = STANCE_CUES[p]![1];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (HEDGED_BEFORE.test(before) || /\b(?:the|a|an|this|that|its|his|her|their)\s+$/i.test(before)) continue;
      if (!overlapsAny(cues, start, end)) cues.push({ stance, start, end });
    }
  }
  return cues.sort(byStart);
}

/** The last cue that ends before `at`, no further than TOPIC_REACH from it. */
function cueBefore(cues: Cue[], at: number): Cue | undefined {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.end <= at && at - cue.end <= TOPIC_REACH) return cue;
  }
  return undefined;
}

/** The party whose position it is: the quote's speaker, else the clause's or sentence's subject. */
function actorFor(ctx: ArticleContext, sentence: Sentence, cue: Cue, spoken: SpokenPassage[]): string | null {
  const at = sentence.start + cue.start;
  const quoted = spoken.find(({ passage }) => passage.outer.start <= at && at < passage.outer.end);
  if (quoted) return partyOf(ctx, quoted.speaker);
  const clause = clauseStart(sentence.text, cue.start);
  if (HYPOTHETICAL.test(sentence.text.slice(Math.max(0, clause - 8), clause))) return null;
  const inClause = hitsBetween(ctx, sentence.start + clause, at);
  const inSentence = hitsBetween(ctx, sentence.start, at);
  const hits = inClause.length > 0 ? inClause : inSentence;
  const direct = hits.at(-1);
  const subject =
    (direct && DIRECT_SUBJECT.test(ctx.text.slice(direct.end, at)) ? direct : undefined) ??
    hits.findLast((hit) => VERB_AFTER.test(ctx.text.slice(hit.end, hit.end + 40))) ??
    hits[0];
  return subject ? partyOf(ctx, subject.actor) : null;
}

function partyOf(ctx: ArticleContext, id: string): string | null {
  const actor = ctx.actors.get(id);
  if (!actor || actor.voice !== 'party') return null;
  return actor.kind === 'person' ? (actor.party ?? id) : id;
}

function clauseStart(text: string, position: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < position; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}
