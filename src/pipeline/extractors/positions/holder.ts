// Who holds a stated position: the party whose stance it is, and the person who stated it
// for that party when one is named. "Umerov said Russia rejected the truce" is Russia's
// refusal, reported; "analysts say Moscow is hoping for relief" is nobody's position.
// The words that mark a subject, a report or a clause are the language's (ctx.language.positions).
import type { ActorHit, ArticleContext, Sentence } from '../../context.ts';
import { hitsBetween } from '../../reading/attribution.ts';
import type { SpokenPassage } from '../../reading/types.ts';
import { indexOfSentence } from '../../reading/sentence-lookup.ts';
import type { Cue } from './cues.ts';

export interface Holder {
  party: string;
  /** The person whose words these are, when they speak for `party`. */
  speaker: string | null;
  rule: string;
  /** The mention that is the clause's subject, when the holder was read from one. */
  subject?: ActorHit;
}

/** Everyone who holds it: one party, or each of a joint subject ("Russia and Ukraine agreed to …"). */
export function holdersOf(ctx: ArticleContext, sentence: Sentence, cue: Cue, cueText: string, spoken: readonly SpokenPassage[]): Holder[] {
  const holder = holderOf(ctx, sentence, cue, cueText, spoken);
  if (!holder) return [];
  const partners = holder.subject ? jointWith(ctx, sentence, holder.subject) : [];
  const holders = [holder];
  for (const partner of partners) {
    const party = partyOf(ctx, partner.actor);
    if (party && !holders.some((h) => h.party === party)) {
      holders.push({ party, speaker: isPerson(ctx, partner.actor) ? partner.actor : null, rule: 'holder/joint-subject' });
    }
  }
  return holders;
}

/** The names joined to `subject` by "and" or commas right before it: "Russia and Ukraine", "Kyiv, Moscow and Ankara". */
function jointWith(ctx: ArticleContext, sentence: Sentence, subject: ActorHit): ActorHit[] {
  const before = hitsBetween(ctx, sentence.start, subject.start);
  const joined: ActorHit[] = [];
  let edge = subject.start;
  for (let i = before.length - 1; i >= 0; i--) {
    const hit = before[i]!;
    if (!ctx.language.positions.JOINED.test(ctx.text.slice(hit.end, edge))) break;
    joined.push(hit);
    edge = hit.start;
  }
  return joined;
}

function holderOf(ctx: ArticleContext, sentence: Sentence, cue: Cue, cueText: string, spoken: readonly SpokenPassage[]): Holder | null {
  const text = sentence.text;
  const at = sentence.start + cue.start;
  const clause = clauseStart(text, cue.start, ctx.language.positions.CLAUSE_BREAK);
  if (ctx.language.positions.HYPOTHETICAL.test(text.slice(Math.max(0, clause - 8), clause))) return null;
  const clauseBefore = text.slice(clause, cue.start);
  const { COMMENTARY_FRAME, INFERRED_BEFORE, REPORTED } = ctx.language.positions;
  if (INFERRED_BEFORE.test(clauseBefore)) return null;
  const quoted = spoken.find(({ passage }) => passage.outer.start <= at && at < passage.outer.end);
  if (quoted) return quotedHolder(ctx, quoted, sentence.start + clause, at);
  // "…, hoping that it will bring sanctions relief": the writer's reading of a motive, not a statement.
  if (/^hoping\b/i.test(cueText) && !REPORTED.test(text)) return null;
  if (COMMENTARY_FRAME.test(text) || commentaryReports(ctx, sentence)) return null;

  const inClause = hitsBetween(ctx, sentence.start + clause, at);
  const hits = inClause.length > 0 ? inClause : hitsBetween(ctx, sentence.start, at);
  const subject = subjectOf(ctx, hits, at) ?? hits[0] ?? pronounSubject(ctx, sentence);
  if (!subject) return null;
  const party = partyOf(ctx, subject.actor);
  if (!party) return null;
  const speaker = isPerson(ctx, subject.actor) ? subject.actor : reporterFor(ctx, sentence, party);
  return { party, speaker, rule: speaker === subject.actor ? 'holder/subject-person' : 'holder/subject', subject };
}

/**
 * "Moscow's memorandum demanded a withdrawal. It also ruled out NATO membership.": a sentence
 * opening with a pronoun and naming no one before its cue is the previous sentence's subject's.
 */
function pronounSubject(ctx: ArticleContext, sentence: Sentence): ActorHit | undefined {
  const pronoun = ctx.language.positions.PRONOUN_SUBJECT.exec(sentence.text)?.[1]?.toLowerCase();
  if (!pronoun) return undefined;
  const index = indexOfSentence(ctx.sentences, sentence);
  const previous = index > 0 ? ctx.sentences[index - 1]! : undefined;
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  const people = pronoun === 'he' || pronoun === 'she';
  return hitsBetween(ctx, previous.start, previous.end).find((hit) => !hit.quoted && isPerson(ctx, hit.actor) === people);
}

/** Inside a quote: a party named as the subject holds it, else the speaker's side. Commentators' quotes hold nothing. */
function quotedHolder(ctx: ArticleContext, quoted: SpokenPassage, clauseAt: number, at: number): Holder | null {
  const speakerParty = partyOf(ctx, quoted.speaker);
  if (!speakerParty) return null;
  const inner = subjectOf(ctx, hitsBetween(ctx, Math.max(quoted.passage.outer.start, clauseAt), at), at);
  const innerParty = inner ? partyOf(ctx, inner.actor) : null;
  if (inner && innerParty && innerParty !== speakerParty) {
    return { party: innerParty, speaker: isPerson(ctx, inner.actor) ? inner.actor : null, rule: 'holder/quoted-subject' };
  }
  return { party: speakerParty, speaker: isPerson(ctx, quoted.speaker) ? quoted.speaker : null, rule: 'holder/quote-speaker' };
}

/** The subject of the verb at `at`: the name right before it, else the last name followed by a verb. */
function subjectOf(ctx: ArticleContext, hits: ActorHit[], at: number): ActorHit | undefined {
  const { DIRECT_SUBJECT, VERB_AFTER } = ctx.language.positions;
  const direct = hits.at(-1);
  if (direct && DIRECT_SUBJECT.test(ctx.text.slice(direct.end, at))) return direct;
  return hits.findLast((hit) => VERB_AFTER.test(ctx.text.slice(hit.end, hit.end + 40)));
}

/** An analyst, outlet or former official reporting in the sentence: what follows is their reading. */
function commentaryReports(ctx: ArticleContext, sentence: Sentence): boolean {
  const { REPORTS_AFTER, REPORTS_BEFORE } = ctx.language.positions;
  return hitsBetween(ctx, sentence.start, sentence.end).some(
    (hit) =>
      ctx.actors.get(hit.actor)?.voice === 'commentary' &&
      (REPORTS_AFTER.test(ctx.text.slice(hit.end, hit.end + 30)) || REPORTS_BEFORE.test(ctx.text.slice(Math.max(sentence.start, hit.start - 60), hit.start))),
  );
}

/** A named person of `party` who reports the sentence ("…, Zelensky said"). */
function reporterFor(ctx: ArticleContext, sentence: Sentence, party: string): string | null {
  const { REPORTS_AFTER, REPORTS_BEFORE } = ctx.language.positions;
  for (const hit of hitsBetween(ctx, sentence.start, sentence.end)) {
    if (!isPerson(ctx, hit.actor) || partyOf(ctx, hit.actor) !== party) continue;
    if (REPORTS_AFTER.test(ctx.text.slice(hit.end, hit.end + 30)) || REPORTS_BEFORE.test(ctx.text.slice(Math.max(sentence.start, hit.start - 60), hit.start))) {
      return hit.actor;
    }
  }
  return null;
}

const isPerson = (ctx: ArticleContext, id: string) => ctx.actors.get(id)?.kind === 'person';

export function partyOf(ctx: ArticleContext, id: string): string | null {
  const actor = ctx.actors.get(id);
  if (!actor || actor.voice !== 'party') return null;
  return actor.kind === 'person' ? (actor.party ?? id) : id;
}

/** Where the clause holding `position` starts: after the last clause break before it. */
function clauseStart(text: string, position: number, CLAUSE_BREAK: RegExp): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < position; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}
