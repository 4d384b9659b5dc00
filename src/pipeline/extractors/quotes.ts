// Quotes with their speakers. Each quoted passage is handed to the ordered rules in
// quotes/ (speaker after the quote, before it, layouts, carried over from the passage or
// sentence before); the first that names a speaker wins and its id is recorded on the
// quote. A short passage (three words or fewer, not a whole sentence) is a scare quote
// unless a speaker is named for it in its own sentence (a person, for one or two words).
// Speech whose speaker the text does not name keeps an unknown speaker ("unattributed").
import type { Quote } from '../../schema/bundle.ts';
import { isSpaceUnit } from '../code-unit-matcher.ts';
import type { ArticleContext } from '../context.ts';
import { traced } from '../trace.ts';
import { resolveDates } from './dates.ts';
import { spanEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { isPerson } from './attribution.ts';
import { findQuotedPassages, type QuotedPassage } from './quote-marks.ts';
import { NO_ONE_KNOWN, QUOTE_RULES, type PassageSite } from './quotes/index.ts';
import { indexOfSentence, sentenceAt } from './sentence-lookup.ts';

const MAX_PASSAGES = 400;
/** Rules that find the speaker named for the passage itself, in its own sentence. */
const NAMED_FOR_IT = new Set(['quote/said-after', 'quote/said-before', 'quote/later-in-sentence', 'quote/institution-after', 'quote/role-noun', 'quote/after-verb', 'quote/said-next-sentence', 'quote/sentence-subject', 'quote/lead-colon', 'quote/same-sentence']);

export interface SpokenPassage {
  passage: QuotedPassage;
  speaker: string;
  /** Ids of the rules that gave the speaker. */
  rules: readonly string[];
}

/** Quotes without a speaker the text names: kept, never handed to anyone by default. */
export const UNKNOWN_SPEAKER = NO_ONE_KNOWN;

/** `read`: this article's passages as `readPassages` gives them, when the caller already has them. */
export function extractQuotes(ctx: ArticleContext, read: readonly ReadPassage[] = readPassages(ctx)): Quote[] {
  return read.flatMap(({ passage, speaker, rules, speech }) => {
    if (speaker) return [traced(toQuote(ctx, passage, speaker), ...rules)];
    return speech ? [traced(toQuote(ctx, passage, UNKNOWN_SPEAKER), 'quote/no-speaker')] : [];
  });
}

/** Passages with a resolved speaker; positions.ts reads these to know who "we" is. */
export function attributePassages(ctx: ArticleContext, read: readonly ReadPassage[] = readPassages(ctx)): SpokenPassage[] {
  return read.filter((read): read is SpokenPassage & { speech: boolean } => read.speaker !== null);
}

export interface ReadPassage {
  passage: QuotedPassage;
  speaker: string | null;
  rules: readonly string[];
  /** Reads as real speech: more than three words, or a whole sentence. */
  speech: boolean;
}

/** Every quoted passage of the article with the speaker the rules give it, if any: read once per article. */
export function readPassages(ctx: ArticleContext): ReadPassage[] {
  const passages = findQuotedPassages(ctx.text).slice(0, MAX_PASSAGES);
  const before: PassageSite['before'][number][] = [];
  const spoken: ReadPassage[] = [];
  passages.forEach((passage, index) => {
    const sentence = sentenceAt(ctx.sentences, passage.outer.start);
    if (!sentence || !hasWords(ctx, passage)) return;
    const site: PassageSite = {
      ctx,
      passage,
      sentence,
      sentenceIndex: indexOfSentence(ctx.sentences, sentence),
      closing: sentenceAt(ctx.sentences, passage.outer.end - 1),
      next: passages[index + 1],
      before,
    };
    const speech = !hasAtMostWords(ctx, passage, 3) || isWholeSentence(ctx, passage);
    let result: { speaker: string; rules: string[] } | null = null;
    for (const rule of QUOTE_RULES) {
      if (rule.needsSpeech && !speech) continue;
      const found = rule.speaker(site);
      if (!found) continue;
      if (found.actor === NO_ONE_KNOWN) break;
      // A scare quote ("boorish manner") counts only when a speaker is named for it in its sentence,
      // and one or two words ("occupiers") only when that speaker is a person.
      const named = NAMED_FOR_IT.has(rule.id) && (isPerson(ctx, found.actor) || !hasAtMostWords(ctx, passage, 2));
      if (speech || named) result = { speaker: found.actor, rules: [rule.id] };
      break;
    }
    before.push({ passage, speaker: result?.speaker ?? null, rules: result?.rules ?? [] });
    spoken.push({ passage, speaker: result?.speaker ?? null, rules: result?.rules ?? [], speech });
  });
  return spoken;
}

function toQuote(ctx: ArticleContext, passage: QuotedPassage, speaker: string): Quote {
  const first = passage.pieces[0]!;
  const last = passage.pieces.at(-1)!;
  const text = passage.pieces.map((piece) => ctx.text.slice(piece.start, piece.end).trim()).join(' ').replace(/[\s,;:]+$/, '');
  const sentence = sentenceAt(ctx.sentences, passage.outer.start);
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

function hasWords(ctx: ArticleContext, passage: QuotedPassage): boolean {
  return passage.pieces.some((piece) => /\p{L}{2}/u.test(ctx.text.slice(piece.start, Math.min(piece.end, piece.start + 200))));
}

/** “Indiscriminate shelling continues.” — a capital first and a full stop last: speech, however short. */
function isWholeSentence(ctx: ArticleContext, passage: QuotedPassage): boolean {
  const first = passage.pieces[0]!;
  const last = passage.pieces.at(-1)!;
  return /^\s*\p{Lu}/u.test(ctx.text.slice(first.start, first.start + 3)) && /[.!?]\s*$/.test(ctx.text.slice(Math.max(first.start, last.end - 3), last.end));
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
