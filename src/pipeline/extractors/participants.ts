// Who takes part in an event: the actors named in the clause of its event word, less those
// named as a place ("in Kyiv", "Istanbul, Turkey"), commentators (who report on events but
// are not in them) and a state named only as a person's title ("Turkish Foreign Minister
// Hakan Fidan"). "Between Ukraine and Russia" names the sides outright. The words are the
// language's (ctx.language.events).
import type { ActorHit, ArticleContext, Sentence } from '../context.ts';
import { hitsBetween } from '../reading/attribution.ts';

/** "Istanbul, Turkey": a country after a city is where, not who; a person after a comma is not. */
const AFTER_CITY = /\p{Lu}\p{Ll}+,\s*$/u;
const BETWEEN_REACH = 40;

/**
 * Actor ids taking part in the event whose word spans [cueStart, cueEnd) of the sentence:
 * in text order, or (one-sided events) nearest the word first.
 */
export function participantsIn(ctx: ArticleContext, sentence: Sentence, cue?: { start: number; end: number }, nearestFirst = false): string[] {
  const { BETWEEN, TALKS_NOUN, OF_BODY } = ctx.language.events;
  const between = BETWEEN.exec(sentence.text);
  // "negotiations between A and B" name the sides of those talks only: the phrase must
  // follow the event word closely ("gathering in Antalya as … talks between A and B" is not).
  // Talks may take theirs from "discussions between A and B, as these talks …" too.
  const near = cue && between && between.index >= cue.end && between.index - cue.end <= BETWEEN_REACH;
  const sameTalks = cue && between && (cue as { kind?: string }).kind === 'talks' && TALKS_NOUN.test(sentence.text.slice(Math.max(0, between.index - 20), between.index));
  if (between?.[1] && (!cue || near || sameTalks)) {
    const start = sentence.start + between.index + between[0].indexOf(between[1]);
    const sides = eligible(ctx, sentence, hitsBetween(ctx, start, start + between[1].length));
    if (sides.length >= 2) return unique(sides);
  }
  // "a meeting of NATO foreign ministers": the body named after "of" is who met, not the
  // sides of the war the sentence also names.
  const body = cue ? OF_BODY.exec(sentence.text.slice(cue.end)) : null;
  if (cue && body?.[1]) {
    const start = sentence.start + cue.end + body.index + body[0].indexOf(body[1]);
    const members = eligible(ctx, sentence, hitsBetween(ctx, start, start + body[1].length));
    if (members.length > 0) return unique(members);
  }
  const clause = cue ? clauseAround(sentence.text, cue, ctx.language.events.CLAUSE_BREAK) : { start: 0, end: sentence.text.length };
  let hits = eligible(ctx, sentence, hitsBetween(ctx, sentence.start + clause.start, sentence.start + clause.end));
  // A joint event needs two sides; "after a meeting with Erdogan" leaves the other in the main clause.
  if (hits.length < (nearestFirst ? 1 : 2)) {
    // Not the sides another event word names with "between": "gathering … as talks between A and B".
    const elsewhere = between?.[1] ? { start: sentence.start + between.index, end: sentence.start + between.index + between[0].length } : null;
    hits = eligible(ctx, sentence, hitsBetween(ctx, sentence.start, sentence.end)).filter((hit) => !elsewhere || hit.end <= elsewhere.start || hit.start >= elsewhere.end);
  }
  if (nearestFirst && cue) {
    const at = sentence.start + cue.start;
    const distance = (hit: ActorHit) => (hit.end <= at ? at - hit.end : (hit.start - at) * 1.5);
    hits = [...hits].sort((a, b) => distance(a) - distance(b));
  }
  return unique(hits);
}

function eligible(ctx: ArticleContext, sentence: Sentence, hits: ActorHit[]): ActorHit[] {
  return hits.filter((hit, index) => {
    const before = ctx.text.slice(Math.max(sentence.start, hit.start - 16), hit.start);
    if (ctx.language.events.LOCATIVE.test(before)) return false;
    if (AFTER_CITY.test(before) && ctx.actors.get(hit.actor)?.kind !== 'person') return false;
    if (ctx.actors.get(hit.actor)?.voice === 'commentary') return false;
    return !isTitleOf(ctx, hit, hits[index + 1]);
  });
}

function clauseAround(text: string, cue: { start: number; end: number }, CLAUSE_BREAK: RegExp): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= cue.start) start = m.index;
    else if (m.index >= cue.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function unique(hits: ActorHit[]): string[] {
  return [...new Set(hits.map((hit) => hit.actor))];
}

function isTitleOf(ctx: ArticleContext, hit: ActorHit, next: ActorHit | undefined): boolean {
  if (!next || ctx.actors.get(next.actor)?.party !== hit.actor) return false;
  return next.start === hit.end || ctx.language.events.TITLE_GAP.test(ctx.text.slice(hit.end, next.start));
}
