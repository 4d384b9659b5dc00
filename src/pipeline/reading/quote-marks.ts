// Finds quoted passages: curly “…” and straight "…" double quotes, including a quote
// that runs over several paragraphs by reopening each one without closing the last,
// and single-quoted passages ('…' and ‘…’) as some wires and state media write them, and
// two single marks side by side (‘’…‘’) as one double mark.
// A single mark is also an apostrophe ("Russia's", "soldiers' families"), so it opens
// only before a letter after a space, and closes only after a word, before no letter.
// One pass that jumps from mark to mark, so even a page of stray marks stays fast.
import type { Range } from '../../schema/bundle.ts';

export interface QuotedPassage {
  /** From the first opening mark to the last closing mark (or paragraph end), marks included. */
  outer: Range;
  /** The words inside the marks, one range per paragraph. */
  pieces: Range[];
}

const OPENERS = new Set(['“', '"', '„']);
const CLOSERS = new Set(['”', '"', '“']);
const SINGLE_OPENERS = new Set(["'", '‘']);
const SINGLE_CLOSERS = new Set(["'", '’']);
/** The only characters the scan needs to stop at. */
const INTERESTING = /[“”"„'‘’\n\r]/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may come before a single opening mark: line start, a space, a bracket or a dash. */
const BEFORE_SINGLE_OPEN = /[\s([—–-]/;
/** No passage longer than this; an unclosed mark in a long text would otherwise swallow it. */
const MAX_PASSAGE = 3000;
/** Single-quoted passages are shorter: an apostrophe taken for a mark must not swallow a paragraph. */
const MAX_SINGLE_PASSAGE = 600;

interface Open {
  outerStart: number;
  pieceStart: number;
  pieces: Range[];
  single: boolean;
}

export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let open: Open | null = null;
  INTERESTING.lastIndex = 0;
  for (let m = INTERESTING.exec(text); m; m = INTERESTING.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open && i - open.outerStart > (open.single ? MAX_SINGLE_PASSAGE : MAX_PASSAGE)) open = null;
    if (ch === '\n' || ch === '\r') {
      if (!open) continue;
      if (open.single) {
        open = null; // a single mark left open at a paragraph end was an apostrophe
        continue;
      }
      // A quote still open at a paragraph end continues only if the next paragraph reopens it.
      if (i > open.pieceStart) open.pieces.push({ start: open.pieceStart, end: trimEnd(text, open.pieceStart, i) });
      const next = nextNonSpace(text, i);
      if (next < text.length && OPENERS.has(text[next]!)) {
        open.pieceStart = next + 1;
        INTERESTING.lastIndex = next + 1;
      } else {
        passages.push({ outer: { start: open.outerStart, end: i }, pieces: open.pieces });
        open = null;
      }
      continue;
    }
    // Two single marks side by side (‘’ or '') stand for one double mark, as some pages write it.
    if (!open?.single && isSingleMark(ch) && isSingleMark(text[i + 1] ?? '')) {
      if (open) {
        open.pieces.push({ start: open.pieceStart, end: i });
        passages.push({ outer: { start: open.outerStart, end: i + 2 }, pieces: open.pieces });
        open = null;
      } else {
        open = { outerStart: i, pieceStart: i + 2, pieces: [], single: false };
      }
      INTERESTING.lastIndex = i + 2;
      continue;
    }
    if (open?.single) {
      if (SINGLE_CLOSERS.has(ch) && closesSingle(text, i)) {
        open.pieces.push({ start: open.pieceStart, end: i });
        passages.push({ outer: { start: open.outerStart, end: i + 1 }, pieces: open.pieces });
        open = null;
      }
    } else if (open && CLOSERS.has(ch) && !(ch === '“' && text[i - 1] === ' ')) {
      open.pieces.push({ start: open.pieceStart, end: i });
      passages.push({ outer: { start: open.outerStart, end: i + 1 }, pieces: open.pieces });
      open = null;
    } else if (!open && OPENERS.has(ch)) {
      open = { outerStart: i, pieceStart: i + 1, pieces: [], single: false };
    } else if (!open && SINGLE_OPENERS.has(ch) && opensSingle(text, i)) {
      open = { outerStart: i, pieceStart: i + 1, pieces: [], single: true };
    }
  }
  if (open && !open.single) {
    open.pieces.push({ start: open.pieceStart, end: trimEnd(text, open.pieceStart, text.length) });
    passages.push({ outer: { start: open.outerStart, end: text.length }, pieces: open.pieces });
  }
  return passages.filter((passage) => passage.pieces.some((piece) => piece.end > piece.start));
}

const isSingleMark = (ch: string) => SINGLE_OPENERS.has(ch) || SINGLE_CLOSERS.has(ch);

/** 'There is… opens; Russia's and '90s do not. */
function opensSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  return BEFORE_SINGLE_OPEN.test(before) && LETTER.test(after);
}

/** …breakthroughs,' and …step' towards close; Russia's and Kyiv’s do not. */
function closesSingle(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? '';
  return !/\s/.test(before) && !LETTER_OR_DIGIT.test(after);
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
