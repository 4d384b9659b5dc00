// Who says something: the actor named as the subject of a speech verb ("Kuleba said",
// "said Mustafa Aydin", "the Ukrainian army has said"), with "he said" resolved to the
// person who spoke or was the subject in the sentences just before.
import type { ActorHit, ArticleContext } from '../context.ts';
import { firstEndingAfter } from './sentence-lookup.ts';

export const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|added|adding|wrote|writes|stated|states|urged|urges|claimed|claims|reported|reports|announced|announces|posted|described|describes|describing|calls|called|referred to \w+ as|commented|revealed|insisted|warned|declared|noted|stressed|explained|asserted|admitted|estimated|estimates|(?:was |were )?quoted as saying|according to)\b/gi;

/** Verbs that may come before their speaker: "said Mustafa Aydin", "according to the UN". */
const INVERTIBLE = /^(?:said|says|added|wrote|stated|posted|told|according to)$/;
/** A speech verb's spelling used as a noun: "these claims", "his reports". */
const DETERMINER_BEFORE = /\b(?:the|these|those|such|his|her|their|its|of|a|an|our|my)\s+$/i;
const PRONOUN_BEFORE = /\b(he|she)\s+(?:has\s+|had\s+|also\s+|later\s+)?$/i;
/** Words that may stand between a speech verb and the name after it: "said Mustafa Aydin". */
const INVERTED_GAP = /^\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}$/;
/** A verb comes before its speaker only right after a quote or a comma: "…,” said X", "…, said X". */
const INVERSION_POINT = /(?:^|[,”"’])\s*$/;
/** Between "said" and the speaker: titles only ("said Ukraine's foreign minister, Andrii Sybiha"), no clause. */
const TITLE_GAP = /^(?![^]*\b(?:that|who|which|when|after|before|about|to)\b)[^.;:!?"“”]{0,70}$/;

/** A capitalised name right after "according to". */
const UNKNOWN_SOURCE = /^\s+(?:the\s+)?\p{Lu}\p{L}/u;

export interface Attribution {
  actor: string;
  verbStart: number;
}

/** Mentions fully inside [start, end), in text order. */
export function hitsBetween(ctx: ArticleContext, start: number, end: number): ActorHit[] {
  const sorted = sortedMentions(ctx);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const hits: ActorHit[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) hits.push(sorted[i]!);
  }
  return hits;
}

const SORTED = new WeakMap<ActorHit[], ActorHit[]>();
/** Mentions by start offset, sorted once per context (binary search keeps long articles fast). */
function sortedMentions(ctx: ArticleContext): ActorHit[] {
  let sorted = SORTED.get(ctx.mentions);
  if (!sorted) {
    sorted = [...ctx.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    SORTED.set(ctx.mentions, sorted);
  }
  return sorted;
}

export function isPerson(ctx: ArticleContext, actor: string): boolean {
  return ctx.actors.get(actor)?.kind === 'person';
}

/**
 * The subject before `verbStart` within [clauseStart, verbStart): the last actor named,
 * people first, skipping a parenthetical just before the verb (", who hosted Putin,").
 */
export function subjectBefore(ctx: ArticleContext, clauseStart: number, verbStart: number, preferPeople: boolean): string | null {
  const before = ctx.text.slice(clauseStart, verbStart);
  const aside = /,[^,]{2,160},\s*(?:has\s+|had\s+|have\s+|also\s+)?$/.exec(before);
  const asideStart = aside ? clauseStart + aside.index : verbStart;
  const hits = hitsBetween(ctx, clauseStart, asideStart);
  if (hits.length === 0) return null;
  const people = preferPeople ? hits.filter((hit) => isPerson(ctx, hit.actor)) : [];
  return (people.at(-1) ?? hits.at(-1))?.actor ?? null;
}

/**
 * The first attribution found in [start, end): subject before the verb, a name right
 * after it, or "he said" resolved to the sentences before `start`.
 */
export function findAttribution(
  ctx: ArticleContext,
  start: number,
  end: number,
  preferPeople: boolean,
  resolvePronouns = true,
): Attribution | null {
  const window = ctx.text.slice(start, end);
  for (const m of window.matchAll(SPEECH_VERB)) {
    const verbStart = start + m.index;
    if (DETERMINER_BEFORE.test(ctx.text.slice(Math.max(start, verbStart - 12), verbStart))) continue; // "these claims"
    const verbEnd = verbStart + m[0].length;
    const verb = m[0].toLowerCase();
    const following = hitsBetween(ctx, verbEnd, Math.min(end, verbEnd + 80));
    const after =
      verb === 'according to'
        ? accordingTo(ctx, verbEnd, following)
        : INVERTIBLE.test(verb) && INVERSION_POINT.test(ctx.text.slice(Math.max(start, verbStart - 4), verbStart))
          ? following.find((hit) => isPerson(ctx, hit.actor) && TITLE_GAP.test(ctx.text.slice(verbEnd, hit.start)))
          : undefined;
    if (after) {
      return { actor: after.actor, verbStart };
    }
    // "according to Eurostat data": a source is named, one we do not know; no one else said it.
    if (verb === 'according to' && UNKNOWN_SOURCE.test(ctx.text.slice(verbEnd, verbEnd + 40))) continue;
    const subject = subjectBefore(ctx, start, verbStart, preferPeople);
    if (subject) return { actor: subject, verbStart };
    if (resolvePronouns && PRONOUN_BEFORE.test(ctx.text.slice(Math.max(start, verbStart - 24), verbStart))) {
      const person = personBefore(ctx, verbStart);
      if (person) return { actor: person, verbStart };
    }
  }
  return null;
}

/**
 * The source after "according to": a person named with their titles wins over the
 * adjective of their country ("according to Turkish President Recep Tayyip Erdoğan").
 */
function accordingTo(ctx: ArticleContext, verbEnd: number, following: ActorHit[]): ActorHit | undefined {
  const named = following.filter((hit) => INVERTED_GAP.test(ctx.text.slice(verbEnd, hit.start)));
  return named.find((hit) => isPerson(ctx, hit.actor)) ?? named[0];
}

/**
 * Who "he" or "she" is at `position`: the speaker or first person named in the nearest
 * of the three sentences before the one holding `position`.
 */
export function personBefore(ctx: ArticleContext, position: number): string | null {
  const index = firstEndingAfter(ctx.sentences, position, true);
  const current = index < 0 ? ctx.sentences.length : index;
  for (let i = current - 1; i >= Math.max(0, current - 3); i--) {
    const sentence = ctx.sentences[i]!;
    const spoke = findAttribution(ctx, sentence.start, sentence.end, true, false);
    if (spoke) return isPerson(ctx, spoke.actor) ? spoke.actor : null;
    // Someone spoke whom we cannot name ("Peskov said", "an official said"): "he" is that someone.
    if (hasSpeechVerb(sentence.text)) return null;
    const first = hitsBetween(ctx, sentence.start, sentence.end).find((hit) => isPerson(ctx, hit.actor));
    if (first) return first.actor;
  }
  return null;
}

function hasSpeechVerb(text: string): boolean {
  for (const m of text.matchAll(SPEECH_VERB)) {
    if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}
