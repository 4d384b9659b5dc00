// Who speaks or acts: the actor named nearest before the verb in its clause ("the Kremlin
// said", "Ukraine's foreign ministry said"), else one named right after it ("said Lavrov").
import type { ActorHit, ArticleContext, Sentence } from '../../context.ts';
import { hitsBetween } from '../../reading/attribution.ts';
import { participantsIn } from '../participants.ts';
import type { Span } from './rule.ts';

export const TITLE_WORDS = /^\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*$/u;
const LOCATIVE = /\b(?:in|at|to|from|inside|near|into|across|over|against|on|with)\s+(?:the\s+)?$/;

/** "X, who chaired the talks between A and B, said": the relative clause is skipped. */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\b[^,;]*,\s*$/;
/** The subject ends at most this far before its verb: "Ukraine's foreign ministry said". */
const SUBJECT_GAP = 45;

export function speakerOf(sentence: Sentence, ctx: ArticleContext, verb: Span): string | null {
  const text = sentence.text;
  // "Kuleba described the city as ruined, and said", "met Putin, then phoned Zelensky": a
  // second verb of the sentence's subject.
  if (/\b(?:and|then|later|also)\s+$/.test(text.slice(Math.max(0, verb.start - 12), verb.start))) {
    const first = hitsBetween(ctx, sentence.start, sentence.start + Math.min(40, verb.start))[0];
    if (first && /^[\s\p{L}.’']*$/u.test(text.slice(0, first.start - sentence.start))) return first.actor;
  }
  const relative = RELATIVE_CLAUSE.exec(text.slice(0, verb.start));
  const subjectEnd = relative ? relative.index : verb.start;
  const clauseStart = Math.max(text.lastIndexOf(';', subjectEnd), text.lastIndexOf('—', subjectEnd), text.lastIndexOf('“', subjectEnd), text.lastIndexOf('"', subjectEnd), 0);
  const before = hitsBetween(ctx, sentence.start + clauseStart, sentence.start + subjectEnd);
  for (let i = before.length - 1; i >= 0; i--) {
    const hit = before[i]!;
    if (sentence.start + subjectEnd - hit.end > SUBJECT_GAP) break;
    if (LOCATIVE.test(ctx.text.slice(Math.max(sentence.start, hit.start - 12), hit.start))) continue;
    if (ctx.actors.get(hit.actor)?.voice === 'commentary') continue;
    return hit.actor;
  }
  // "…, said Foreign Minister Sergei Lavrov": the actor right after the verb, past title words only.
  return actorRightAfter(sentence, ctx, verb)?.actor ?? null;
}

/** The actor named right after a span, with only capitalised title words between ("told Turkish President X"). */
export function actorRightAfter(sentence: Sentence, ctx: ArticleContext, span: Span): ActorHit | null {
  const next = hitsBetween(ctx, sentence.start + span.end, Math.min(sentence.end, sentence.start + span.end + 40))[0];
  return next && TITLE_WORDS.test(ctx.text.slice(sentence.start + span.end, next.start)) ? next : null;
}

/** Who took part in a call: its subject, and the one called ("X phoned Y", "X spoke to Y"). */
export function callParticipants(sentence: Sentence, ctx: ArticleContext, cue: Span): string[] {
  // "Erdogan urged Putin to declare a ceasefire in a phone call": no subject next to the cue; the clause's first party calls.
  const caller = speakerOf(sentence, ctx, { start: cue.start, end: cue.start }) ?? participantsIn(ctx, sentence, cue)[0] ?? null;
  const called = hitsBetween(ctx, sentence.start + cue.end, Math.min(sentence.end, sentence.start + cue.end + 40))[0];
  const parties = [caller, called && !/[,.;:]/.test(ctx.text.slice(sentence.start + cue.end, called.start)) ? called.actor : null];
  if (parties[1] === null) parties.push(...participantsIn(ctx, sentence, cue).filter((id) => id !== caller).slice(0, 1));
  return [...new Set(parties.filter((id): id is string => id !== null))];
}
