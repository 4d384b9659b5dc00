// Finds quoted passages: curly “…” and straight "…" double quotes, including a quote
// that runs over several paragraphs by reopening each one without closing the last.
// One linear pass over the text, so even a page of stray quote marks stays fast.
import type { Range } from '../../schema/bundle.ts';

export interface QuotedPassage {
  /** From the first opening mark to the last closing mark (or paragraph end), marks included. */
  outer: Range;
  /** The words inside the marks, one range per paragraph. */
  pieces: Range[];
}

const OPENERS = new Set(['“', '"', '„']);
const CLOSERS = new Set(['”', '"', '“']);
/** No passage longer than this; an unclosed mark in a long text would otherwise swallow it. */
const MAX_PASSAGE = 3000;

export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let open: { outerStart: number; pieceStart: number; pieces: Range[] } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open && i - open.outerStart > MAX_PASSAGE) open = null;
    if (ch === '\n' || ch === '\r') {
      if (!open) continue;
      // A quote still open at a paragraph end continues only if the next paragraph reopens it.
      if (i > open.pieceStart) open.pieces.push({ start: open.pieceStart, end: trimEnd(text, open.pieceStart, i) });
      const next = nextNonSpace(text, i);
      if (next < text.length && OPENERS.has(text[next]!)) {
        open.pieceStart = next + 1;
        i = next;
      } else {
        passages.push({ outer: { start: open.outerStart, end: i }, pieces: open.pieces });
        open = null;
      }
      continue;
    }
    if (open && CLOSERS.has(ch) && !(ch === '“' && text[i - 1] === ' ')) {
      open.pieces.push({ start: open.pieceStart, end: i });
      passages.push({ outer: { start: open.outerStart, end: i + 1 }, pieces: open.pieces });
      open = null;
    } else if (!open && OPENERS.has(ch)) {
      open = { outerStart: i, pieceStart: i + 1, pieces: [] };
    }
  }
  if (open) {
    open.pieces.push({ start: open.pieceStart, end: trimEnd(text, open.pieceStart, text.length) });
    passages.push({ outer: { start: open.outerStart, end: text.length }, pieces: open.pieces });
  }
  return passages.filter((passage) => passage.pieces.some((piece) => piece.end > piece.start));
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
