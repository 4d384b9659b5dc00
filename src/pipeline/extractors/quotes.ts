// Quotes with their speakers. A passage counts only when the text says who spoke:
// "…,” Sybiha posted to X", "Kuleba told Ukrainian television: “…", "He said: “…" (the
// person who spoke just before), or a passage that carries on from the same speaker's
// previous quote. Short scare quotes ("boorish manner") without a speaker are dropped.
import type { Quote } from '../../schema/bundle.ts';
import { isSpaceUnit } from '../code-unit-matcher.ts';
import type { ArticleContext, Sentence } from '../context.ts';
import { findAttribution, hitsBetween, isPerson, type Attribution } from './attribution.ts';
import { resolveDates } from './dates.ts';
import { spanEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { findQuotedPassages, type QuotedPassage } from './quote-marks.ts';
import { firstEndingAfter, indexOfSentence, sentenceAt as sentenceIn } from './sentence-lookup.ts';

/** How far after a closing mark the speaker may be named ("…,” NATO Secretary General Mark Rutte told"). */
const AFTER_REACH = 120;
/** How far a passage may be from the previous one and still carry on the same speaker. */
const CONTINUATION_REACH = 300;
const MAX_PASSAGES = 400;

export interface SpokenPassage {
  passage: QuotedPassage;
  speaker: string;
}

export function extractQuotes(ctx: ArticleContext): Quote[] {
  return attributePassages(ctx).map(({ passage, speaker }) => toQuote(ctx, passage, speaker));
}

const ATTRIBUTED = new WeakMap<ArticleContext, SpokenPassage[]>();

/** Passages with a resolved speaker; positions.ts reads these to know who "we" is. */
export function attributePassages(ctx: ArticleContext): SpokenPassage[] {
  // Quotes and positions both ask; attributing is a good part of either's cost, so do it once.
  let spoken = ATTRIBUTED.get(ctx);
  if (!spoken) {
    spoken = attributeAll(ctx);
    ATTRIBUTED.set(ctx, spoken);
  }
  return spoken;
}

function attributeAll(ctx: ArticleContext): SpokenPassage[] {
  const passages = findQuotedPassages(ctx.text).slice(0, MAX_PASSAGES);
  const spoken: SpokenPassage[] = [];
  let previous: { passage: QuotedPassage; speaker: string | null } | null = null;
  passages.forEach((passage, index) => {
    const sentence = sentenceAt(ctx, passage.outer.start);
    if (!sentence || !hasWords(ctx, passage)) return;
    const next = passages[index + 1];
    const own = speakerOf(ctx, passage, sentence, next, previous?.passage ?? null);
    const short = hasAtMostWords(ctx, passage, 3);
    // A scare quote ("boorish manner", "occupiers") counts only when a named person said it.
    let speaker = own && (!short || isPerson(ctx, own.actor)) ? own.actor : null;
    if (!speaker && previous?.speaker && !short && passage.outer.start === sentence.start && continues(ctx, previous.passage, passage)) {
      speaker = previous.speaker;
    }
    if (speaker) spoken.push({ passage, speaker });
    previous = { passage, speaker };
  });
  return spoken;
}

function speakerOf(
  ctx: ArticleContext,
  passage: QuotedPassage,
  sentence: Sentence,
  next: QuotedPassage | undefined,
  previous: QuotedPassage | null,
): Attribution | null {
  const lineEnd = ctx.text.indexOf('\n', passage.outer.end);
  // The speaker after a quote is named in the same sentence: `court". Trump said` is someone else.
  const closing = sentenceAt(ctx, passage.outer.end - 1);
  const afterEnd = Math.min(
    closing ? Math.max(closing.end, passage.outer.end) : ctx.text.length,
    passage.outer.end + AFTER_REACH,
    next ? next.outer.start : ctx.text.length,
    lineEnd < 0 ? ctx.text.length : lineEnd,
  );
  const after = findAttribution(ctx, passage.outer.end, afterEnd, true) ?? institutionSpeaker(ctx, passage.outer.end, afterEnd);
  if (after) return after;
  const beforeStart = Math.max(sentence.start, previous && previous.outer.end <= passage.outer.start ? previous.outer.end : 0);
  const before = findAttribution(ctx, beforeStart, passage.outer.start, true);
  if (before) return before;
  // "Mr Zelensky wrote on X:" closing the paragraph before the quote.
  const lead = ctx.sentences[indexOfSentence(ctx.sentences, sentence) - 1];
  const gap = lead ? ctx.text.slice(lead.end, passage.outer.start) : '';
  return lead && /:\s*$/.test(lead.text) && /^\s*$/.test(gap) ? findAttribution(ctx, lead.start, lead.end, true) : null;
}

/** "…," the ministry said: an institution named without its country after the quote. */
const INSTITUTION_SAID =
  /^[\s,]*(?:the|its)\s+((?:defen[cs]e |foreign |interior )?ministry|army|military|general staff|air force|navy|agency|office|government|service|council|committee)\s+(?:said|says|added|stated|wrote|told)\b/i;

/** Whose that institution is: the actor named just before the same noun in the sentences before. */
function institutionSpeaker(ctx: ArticleContext, start: number, end: number): Attribution | null {
  const m = INSTITUTION_SAID.exec(ctx.text.slice(start, end));
  if (!m?.[1]) return null;
  const noun = m[1].toLowerCase().split(' ').at(-1)!;
  const index = firstEndingAfter(ctx.sentences, start);
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const sentence = ctx.sentences[i]!;
    const text = sentence.text.toLowerCase();
    for (let at = text.lastIndexOf(noun); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(noun, at - 1)) {
      if (sentence.start + at >= start) continue;
      const owner = hitsBetween(ctx, Math.max(sentence.start, sentence.start + at - 30), sentence.start + at).at(-1);
      if (owner && !isPerson(ctx, owner.actor)) return { actor: owner.actor, verbStart: start + m.index };
    }
  }
  return null;
}

function continues(ctx: ArticleContext, before: QuotedPassage, passage: QuotedPassage): boolean {
  if (passage.outer.start - before.outer.end > CONTINUATION_REACH) return false;
  const gap = ctx.text.slice(before.outer.end, passage.outer.start);
  return (gap.match(/\n\s*\n|\n/g)?.length ?? 0) <= 2;
}

function toQuote(ctx: ArticleContext, passage: QuotedPassage, speaker: string): Quote {
  const first = passage.pieces[0]!;
  const last = passage.pieces.at(-1)!;
  const text = passage.pieces.map((piece) => ctx.text.slice(piece.start, piece.end).trim()).join(' ').replace(/[\s,;:]+$/, '');
  const sentence = sentenceAt(ctx, passage.outer.start);
  const said = sentence ? resolveDates(sentence.text, ctx.publishedAt).find((date) => date.date <= ctx.publishedAt) : undefined;
  return {
    id: itemId('quote', ctx.articleId, first.start, last.end, speaker),
    origin: 'extracted',
    evidence: [spanEvidence(ctx, first.start, last.end)],
    speaker,
    text,
    date: said?.date ?? ctx.publishedAt,
  };
}

function sentenceAt(ctx: ArticleContext, position: number): Sentence | undefined {
  return sentenceIn(ctx.sentences, position);
}

function hasWords(ctx: ArticleContext, passage: QuotedPassage): boolean {
  return passage.pieces.some((piece) => /\p{L}{2}/u.test(ctx.text.slice(piece.start, Math.min(piece.end, piece.start + 200))));
}

/** Whether the passage has at most `limit` words (runs of non-space), counting no further than needed. */
function hasAtMostWords(ctx: ArticleContext, passage: QuotedPassage, limit: number): boolean {
  let count = 0;
  for (const piece of passage.pieces) {
    let inWord = false;
    for (let i = piece.start; i < Math.min(piece.end, ctx.text.length); i++) {
      const space = isSpaceUnit(ctx.text.charCodeAt(i));
      if (!space && !inWord && ++count > limit) return false;
      inWord = !space;
    }
  }
  return true;
}
