// Every quoted passage of an article with its speaker, read once for quotes and positions
// alike. Each passage goes to the ordered rules in speakers/ (speaker after the quote,
// before it, layouts, carried over from the passage or sentence before); the first that
// names a speaker wins and its id is kept. A short passage (three words or fewer, not a
// whole sentence) is a scare quote unless a speaker is named for it in its own sentence (a
// person, for one or two words).
import { isSpaceUnit } from '../code-unit-matcher.ts';
import type { ArticleContext } from '../context.ts';
import { isPerson } from './attribution.ts';
import type { QuotedPassage } from './quote-marks.ts';
import { indexOfSentence, sentenceAt } from './sentence-lookup.ts';
import { NO_ONE_KNOWN, QUOTE_RULES, type PassageSite } from './speakers/index.ts';
import type { ReadPassage } from './types.ts';

const MAX_PASSAGES = 400;
/** Rules that find the speaker named for the passage itself, in its own sentence. */
const NAMED_FOR_IT = new Set(['quote/said-after', 'quote/said-before', 'quote/later-in-sentence', 'quote/institution-after', 'quote/role-noun', 'quote/after-verb', 'quote/said-next-sentence', 'quote/sentence-subject', 'quote/lead-colon', 'quote/same-sentence']);

/** `quoted`: the article's quoted passages, in text order (quote-marks.ts). */
export function readPassages(ctx: ArticleContext, quoted: readonly QuotedPassage[]): ReadPassage[] {
  const passages = quoted.slice(0, MAX_PASSAGES);
  const before: PassageSite['before'][number][] = [];
  const read: ReadPassage[] = [];
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
    read.push({ passage, speaker: result?.speaker ?? null, rules: result?.rules ?? [], speech });
  });
  return read;
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
