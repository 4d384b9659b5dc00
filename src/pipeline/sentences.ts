// Splits an article into sentences with exact offsets into its own text. Paragraphs
// (newline-separated) go to Intl.Segmenter one at a time: on one long string it slows
// to a crawl, so a paragraph with no newlines is also cut into bounded chunks.
import type { Range } from '../schema/bundle.ts';
import type { Sentence } from './context.ts';
import { endsWithAbbreviation } from './sentence-abbreviations.ts';

/** Longest string handed to the segmenter at once; cuts prefer a sentence end. */
const MAX_CHUNK = 4000;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LINE_BREAK = /\r\n|\r|\n/g;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Characters after which the segmenter may end a sentence: Unicode's sentence terminals. */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
/** Separators the segmenter always breaks after, wherever they stand. */
const SEPARATOR = /[\u0085\u2028\u2029]/;
/** What may close a sentence after its stop: quotes and brackets. */
const CLOSER = /["'”’»)\]]/;
const SPACE = /\s/u;

export interface SplitOptions {
  /** Send every piece to the segmenter, even one with no stop inside (tests compare both paths). */
  alwaysSegment?: boolean;
}

export function splitSentences(text: string, boilerplate: Range[], options: SplitOptions = {}): Sentence[] {
  const sentences: Sentence[] = [];
  const skips = [...boilerplate].sort((a, b) => a.start - b.start);
  const cursor = { next: 0 };
  let paragraph = 0;
  for (const line of paragraphs(text)) {
    let found = false;
    for (const span of outside(line, skips, cursor)) {
      for (const chunk of chunks(text, span)) {
        for (const range of segment(text, chunk, options.alwaysSegment ?? false)) {
          sentences.push({ ...range, text: text.slice(range.start, range.end), paragraph });
          found = true;
        }
      }
    }
    if (found) paragraph += 1;
  }
  return sentences;
}

function* paragraphs(text: string): Generator<Range> {
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    if (m.index > start) yield { start, end: m.index };
    start = m.index + m[0].length;
  }
  if (text.length > start) yield { start, end: text.length };
}

/**
 * The parts of `span` not covered by any boilerplate range (sorted by start). Spans
 * come in text order, so `skipsFrom.next` only moves forward: linear overall.
 */
function* outside(span: Range, skips: Range[], skipsFrom: { next: number }): Generator<Range> {
  while (skipsFrom.next < skips.length && skips[skipsFrom.next]!.end <= span.start) skipsFrom.next++;
  let cursor = span.start;
  for (let i = skipsFrom.next; i < skips.length; i++) {
    const skip = skips[i]!;
    if (skip.end <= cursor) continue;
    if (skip.start >= span.end) break;
    if (skip.start > cursor) yield { start: cursor, end: skip.start };
    cursor = Math.max(cursor, skip.end);
  }
  if (cursor < span.end) yield { start: cursor, end: span.end };
}

function* chunks(text: string, span: Range): Generator<Range> {
  let start = span.start;
  while (span.end - start > MAX_CHUNK) {
    const end = cutPoint(text, start, start + MAX_CHUNK);
    yield { start, end };
    start = end;
  }
  yield { start, end: span.end };
}

/** A cut after sentence punctuation and a space if one is near, else at a space, else anywhere safe. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + MAX_CHUNK / 2;
  let anySpace = -1;
  for (let i = limit; i > floor; i--) {
    if (!SPACE.test(text[i - 1] ?? '')) continue;
    if (/[.!?]/.test(text[i - 2] ?? '')) return i;
    if (anySpace < 0) anySpace = i;
  }
  if (anySpace > 0) return anySpace;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** Segmenter pieces re-joined after abbreviations, trimmed, wordless ones dropped. */
function* segment(text: string, chunk: Range, alwaysSegment: boolean): Generator<Range> {
  // The tail a sentence may end with, read backwards: spaces, closing quotes or brackets, stops.
  let bodyEnd = chunk.end;
  while (bodyEnd > chunk.start && SPACE.test(text[bodyEnd - 1]!)) bodyEnd--;
  while (bodyEnd > chunk.start && CLOSER.test(text[bodyEnd - 1]!)) bodyEnd--;
  while (bodyEnd > chunk.start && TERMINATOR.test(text[bodyEnd - 1]!)) bodyEnd--;
  const whole = text.slice(chunk.start, chunk.end);
  const mayBreakInside = TERMINATOR.test(whole.slice(0, bodyEnd - chunk.start)) || SEPARATOR.test(whole);
  if (!alwaysSegment && !mayBreakInside) {
    // Nothing inside could end a sentence (a heading, a one-sentence line): no need to segment.
    yield* trimmed(text, chunk);
    return;
  }
  let pending: Range | null = null;
  for (const piece of segmenter.segment(whole)) {
    const start = chunk.start + piece.index;
    const end = start + piece.segment.length;
    if (pending && endsWithAbbreviation(tail(text, pending))) {
      pending = { start: pending.start, end };
      continue;
    }
    if (pending) yield* trimmed(text, pending);
    pending = { start, end };
  }
  if (pending) yield* trimmed(text, pending);
}

/** The last few characters of a piece, trailing space removed: enough to spot "Sept." or "U.N.". */
function tail(text: string, range: Range): string {
  let end = range.end;
  while (end > range.start && SPACE.test(text[end - 1]!)) end--;
  if (text[end - 1] !== '.') return '';
  return text.slice(Math.max(range.start, end - 16), end);
}

function* trimmed(text: string, range: Range): Generator<Range> {
  let { start, end } = range;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start && HAS_WORD.test(text.slice(start, end))) yield { start, end };
}
