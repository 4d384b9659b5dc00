// Splits an article into sentences with exact offsets into its own text. Paragraphs
// (newline-separated) go to Intl.Segmenter one at a time: on one long string it slows
// to a crawl, so a paragraph with no newlines is also cut into bounded chunks.
// Plain loops and per-code-unit tables rather than generators and one-letter RegExp
// tests: this runs over every character of every article.
import type { Range } from '../schema/bundle.ts';
import { codeUnitMatcher, codeUnitSearch, isSpaceUnit as isSpace } from './code-unit-matcher.ts';
import type { Sentence } from './context.ts';
import type { SentenceLexicon } from './language/types.ts';
import { forEachLine } from './line-breaks.ts';

/** Longest string handed to the segmenter at once; cuts prefer a sentence end. */
const MAX_CHUNK = 4000;

const HAS_WORD = /[\p{L}\p{N}]/u;
/** Characters after which the segmenter may end a sentence: Unicode's sentence terminals. */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
/** Separators the segmenter always breaks after, wherever they stand. */
const SEPARATOR = /[\u0085\u2028\u2029]/;
const isTerminator = codeUnitMatcher(TERMINATOR);
const hasTerminator = codeUnitSearch(TERMINATOR);
const hasSeparator = codeUnitSearch(SEPARATOR);
/** What may close a sentence after its stop: quotes and brackets. */
const isCloser = codeUnitMatcher(/["'”’»)\]]/);
const isStop = codeUnitMatcher(/[.!?]/);

export interface SplitOptions {
  /** Send every piece to the segmenter, even one with no stop inside (tests compare both paths). */
  alwaysSegment?: boolean;
}

/** Where sentences go as they are found, with the paragraph they belong to. */
interface Collector {
  text: string;
  sentences: Sentence[];
  paragraph: number;
  alwaysSegment: boolean;
  /** The language's segmenter and abbreviations. */
  lexicon: SentenceLexicon;
}

/** `lexicon`: the language's sentence segmenter and abbreviations (language/en/sentences.ts). */
export function splitSentences(text: string, boilerplate: Range[], lexicon: SentenceLexicon, options: SplitOptions = {}): Sentence[] {
  const skips = [...boilerplate].sort((a, b) => a.start - b.start);
  const out: Collector = { text, sentences: [], paragraph: 0, alwaysSegment: options.alwaysSegment ?? false, lexicon };
  // Paragraphs come in text order, so the first boilerplate range that may touch one only moves forward.
  let skipsFrom = 0;
  forEachLine(text, (start, end) => {
    if (end <= start) return;
    while (skipsFrom < skips.length && skips[skipsFrom]!.end <= start) skipsFrom++;
    const before = out.sentences.length;
    outside(start, end, skips, skipsFrom, out);
    if (out.sentences.length > before) out.paragraph += 1;
  });
  return out.sentences;
}

/** Splits the parts of [start, end) not covered by any boilerplate range (sorted by start, from `from`). */
function outside(start: number, end: number, skips: Range[], from: number, out: Collector): void {
  let cursor = start;
  for (let i = from; i < skips.length; i++) {
    const skip = skips[i]!;
    if (skip.end <= cursor) continue;
    if (skip.start >= end) break;
    if (skip.start > cursor) chunks(cursor, skip.start, out);
    cursor = Math.max(cursor, skip.end);
  }
  if (cursor < end) chunks(cursor, end, out);
}

function chunks(spanStart: number, spanEnd: number, out: Collector): void {
  let start = spanStart;
  while (spanEnd - start > MAX_CHUNK) {
    const end = cutPoint(out.text, start, start + MAX_CHUNK);
    segment(start, end, out);
    start = end;
  }
  segment(start, spanEnd, out);
}

/** A cut after sentence punctuation and a space if one is near, else at a space, else anywhere safe. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + MAX_CHUNK / 2;
  let anySpace = -1;
  for (let i = limit; i > floor; i--) {
    if (i - 1 >= text.length || !isSpace(text.charCodeAt(i - 1))) continue;
    if (isStop(text.charCodeAt(i - 2))) return i;
    if (anySpace < 0) anySpace = i;
  }
  if (anySpace > 0) return anySpace;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** Segmenter pieces re-joined after abbreviations, trimmed, wordless ones dropped. */
function segment(start: number, end: number, out: Collector): void {
  const text = out.text;
  // The tail a sentence may end with, read backwards: spaces, closing quotes or brackets, stops.
  let bodyEnd = end;
  while (bodyEnd > start && isSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
  while (bodyEnd > start && isCloser(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
  while (bodyEnd > start && isTerminator(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
  const mayBreakInside = hasTerminator(text, start, bodyEnd) || hasSeparator(text, start, end);
  if (!out.alwaysSegment && !mayBreakInside) {
    // Nothing inside could end a sentence (a heading, a one-sentence line): no need to segment.
    addTrimmed(start, end, out);
    return;
  }
  let pendingStart = -1;
  let pendingEnd = -1;
  const { segmenter, ABBREVIATION, INITIALS } = out.lexicon;
  for (const piece of segmenter.segment(text.slice(start, end))) {
    const pieceStart = start + piece.index;
    const pieceEnd = pieceStart + piece.segment.length;
    if (pendingStart >= 0 && endsWithAbbreviation(tail(text, pendingStart, pendingEnd), ABBREVIATION, INITIALS)) {
      pendingEnd = pieceEnd;
      continue;
    }
    if (pendingStart >= 0) addTrimmed(pendingStart, pendingEnd, out);
    pendingStart = pieceStart;
    pendingEnd = pieceEnd;
  }
  if (pendingStart >= 0) addTrimmed(pendingStart, pendingEnd, out);
}

/** A full stop that ends no sentence: "Mr.", "U.S.". */
function endsWithAbbreviation(piece: string, abbreviation: RegExp, initials: RegExp): boolean {
  return abbreviation.test(piece) || initials.test(piece);
}

/** The last few characters of a piece, trailing space removed: enough to spot "Sept." or "U.N.". */
function tail(text: string, start: number, end: number): string {
  let last = end;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  if (text[last - 1] !== '.') return '';
  return text.slice(Math.max(start, last - 16), last);
}

function addTrimmed(rangeStart: number, rangeEnd: number, out: Collector): void {
  const text = out.text;
  let start = rangeStart;
  let end = rangeEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const sentence = text.slice(start, end);
  if (HAS_WORD.test(sentence)) out.sentences.push({ start, end, text: sentence, paragraph: out.paragraph });
}
