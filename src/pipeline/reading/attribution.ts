// Who says something: the actor named as the subject of a speech verb ("Kuleba said",
// "said Mustafa Aydin", "the Ukrainian army has said"), with "he said" resolved to the
// person who spoke or was the subject in the sentences just before. The speech verbs and the
// words around them are the language's (ctx.language.attribution).
import type { ActorHit, ArticleContext } from '../context.ts';
import type { AttributionLexicon } from '../language/types.ts';
import { firstEndingAfter } from './sentence-lookup.ts';

/** Words that may stand between a speech verb and the name after it: "said Mustafa Aydin". */
const INVERTED_GAP = /^\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}$/;
/** A verb comes before its speaker only right after a quote or a comma: "…,” said X", "…, said X". */
const INVERSION_POINT = /(?:^|[,”"’])\s*$/;
/** A capitalised name right after "according to". */
const UNKNOWN_SOURCE = /^\s+(?:the\s+)?\p{Lu}\p{L}/u;

export interface Attribution {
  actor: string;
  verbStart: number;
}

/** Mentions fully inside [start, end), in text order (binary search keeps long articles fast). */
export function hitsBetween(ctx: ArticleContext, start: number, end: number): ActorHit[] {
  const sorted = ctx.mentions;
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

export function isPerson(ctx: ArticleContext, actor: string): boolean {
  return ctx.actors.get(actor)?.kind === 'person';
}

/** News outlets report what others say; they are never the speaker. */
export function isOutlet(ctx: ArticleContext, actor: string): boolean {
  return ctx.actors.get(actor)?.role === 'News outlet';
}

/**
 * The subject before `verbStart` within [clauseStart, verbStart): the last actor named,
 * people first, skipping a parenthetical just before the verb (", who hosted Putin,").
 */
export function subjectBefore(ctx: ArticleContext, clauseStart: number, verbStart: number, preferPeople: boolean): string | null {
  const before = ctx.text.slice(clauseStart, verbStart);
  const aside = /,[^,]{2,160},\s*(?:has\s+|had\s+|have\s+|also\s+)?$/.exec(before);
  const asideStart = aside ? clauseStart + aside.index : verbStart;
  const words = ctx.language.attribution;
  // "an adviser to Ukraine's president, Jane Doe, said": the president is whom she advises, not the speaker.
  const speakers = (from: number, to: number) =>
    hitsBetween(ctx, from, to).filter((hit) => !hit.quoted && !isOutlet(ctx, hit.actor) && !words.SERVES_BEFORE.test(ctx.text.slice(Math.max(from, hit.start - 40), hit.start)));
  // "the UN monitoring mission in Ukraine said": a place after "in" is where, not who, when someone else is named.
  const notPlaces = (found: ActorHit[]) => {
    const who = found.filter((hit) => !words.LOCATIVE_BEFORE.test(ctx.text.slice(Math.max(clauseStart, hit.start - 12), hit.start)));
    return who.length > 0 ? who : found;
  };
  let hits = notPlaces(speakers(clauseStart, asideStart));
  // "Before she spoke, UN official Jane Doe, said" / "The delegation, Jane Doe, said": with no one
  // before the commas, or only a body the name between them renames, that name is the subject.
  // "Moscow's team, headed by Jane Doe, insisted" is the team's.
  const renames = hits.length === 0 || !ctx.language.attribution.APPOSITIVE_CLAUSE.test(ctx.text.slice(asideStart, verbStart));
  if (renames && !hits.some((hit) => isPerson(ctx, hit.actor)) && asideStart < verbStart) {
    const inAside = speakers(asideStart, verbStart).filter((hit) => isPerson(ctx, hit.actor));
    if (inAside.length > 0) hits = inAside;
  }
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
  const { SPEECH_VERB, DETERMINER_BEFORE, PASSIVE_BEFORE, INVERTIBLE, TITLE_GAP, PRONOUN_BEFORE } = ctx.language.attribution;
  const window = ctx.text.slice(start, end);
  let pronounSpoke = false;
  // The finds of window.matchAll(SPEECH_VERB), without a copy of the pattern made per call. The
  // search resumes from `from`, set before every find, as resolving "he" reads other sentences with it.
  const verbs = ownCopy(SPEECH_VERB);
  for (let from = 0; ; ) {
    verbs.lastIndex = from;
    const m = verbs.exec(window);
    if (!m) break;
    from = m[0] === '' ? verbs.lastIndex + 1 : verbs.lastIndex;
    const verbStart = start + m.index;
    if (DETERMINER_BEFORE.test(ctx.text.slice(Math.max(start, verbStart - 12), verbStart))) continue; // "these claims"
    const verbEnd = verbStart + m[0].length;
    const verb = m[0].toLowerCase();
    // "UNIAN quoted Kuleba as saying": the person between the words said it.
    if (verb.startsWith('quoted ') && !verb.startsWith('quoted as')) {
      const quoted = hitsBetween(ctx, verbStart, verbEnd).find((hit) => isPerson(ctx, hit.actor));
      if (quoted) return { actor: quoted.actor, verbStart };
      continue;
    }
    if (PASSIVE_BEFORE.test(ctx.text.slice(Math.max(start, verbStart - 8), verbStart))) continue;
    const following = hitsBetween(ctx, verbEnd, Math.min(end, verbEnd + 80)).filter((hit) => !hit.quoted && !isOutlet(ctx, hit.actor));
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
    // "he wrote": the pronoun is the subject, whatever was named earlier in the sentence;
    // and of "…, he wrote, adding" too.
    const pronoun = PRONOUN_BEFORE.test(ctx.text.slice(Math.max(start, verbStart - 24), verbStart));
    if (pronoun || (pronounSpoke && verb.endsWith('ing'))) {
      pronounSpoke = true;
      const person = resolvePronouns ? personBefore(ctx, verbStart) : null;
      if (person) return { actor: person, verbStart };
      continue;
    }
    const subject = subjectBefore(ctx, start, verbStart, preferPeople);
    if (subject) return { actor: subject, verbStart };
  }
  return null;
}

const copies = new WeakMap<RegExp, RegExp>();

/** A global pattern's copy for this file's own finds: its lastIndex is never the language's. */
function ownCopy(pattern: RegExp): RegExp {
  let copy = copies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags);
    copies.set(pattern, copy);
  }
  return copy;
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
  // Three sentences back, not counting those where "he" spoke again, and never more than eight.
  for (let i = current - 1, seen = 0; i >= Math.max(0, current - 8) && seen < 3; i--, seen++) {
    const sentence = ctx.sentences[i]!;
    const spoke = findAttribution(ctx, sentence.start, sentence.end, true, false);
    if (spoke) return isPerson(ctx, spoke.actor) ? spoke.actor : null;
    // "he wrote, adding:" is the same "he": look further back, a little further than usual.
    if (ctx.language.attribution.PRONOUN_SPEAKS.test(sentence.text)) {
      seen -= 1;
      continue;
    }
    // Someone spoke whom we cannot name ("Peskov said", "an official said"): "he" is that someone.
    if (hasSpeechVerb(sentence.text, ctx.language.attribution)) return null;
    const first = hitsBetween(ctx, sentence.start, sentence.end).find((hit) => !hit.quoted && isPerson(ctx, hit.actor));
    if (first) return first.actor;
  }
  return null;
}

function hasSpeechVerb(text: string, lexicon: AttributionLexicon): boolean {
  const verbs = ownCopy(lexicon.SPEECH_VERB);
  verbs.lastIndex = 0;
  for (let m = verbs.exec(text); m; m = verbs.exec(text)) {
    if (!lexicon.DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
    if (m[0] === '') verbs.lastIndex++;
  }
  return false;
}
