// Finds known spellings in running text, whole words only, case-sensitive, the longest
// spelling winning at each place. It answers exactly what one alternation RegExp of all
// spellings (longest first, between `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`) would,
// but looks only where a spelling's first character stands: that RegExp tried its
// lookbehind and a few hundred alternatives at every character of every sentence.
import { codeUnitMatcher } from '../code-unit-matcher.ts';

export interface SpellingMatch {
  index: number;
  spelling: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A lone surrogate is no letter, as in the RegExp's unicode mode. */
const isWordCodeUnit = codeUnitMatcher(WORD_CHARACTER);

function isWordCodePoint(codePoint: number): boolean {
  return codePoint < 0x10000 ? isWordCodeUnit(codePoint) : WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether the code point ending just before `at` (not looking before `start`) is a letter or digit. */
function wordBefore(text: string, at: number, start: number): boolean {
  if (at <= start) return false;
  const code = text.charCodeAt(at - 1);
  if (isLowSurrogate(code) && at - 2 >= start) {
    const high = text.charCodeAt(at - 2);
    if (isHighSurrogate(high)) return isWordCodePoint((high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000);
  }
  return isWordCodePoint(code);
}

/** Whether the code point starting at `at` (not looking at or past `end`) is a letter or digit. */
function wordAt(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < end) {
    const low = text.charCodeAt(at + 1);
    if (isLowSurrogate(low)) return isWordCodePoint((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
  }
  return isWordCodePoint(code);
}

export class SpellingIndex {
  /** Spellings by their first two code units (a one-letter spelling by its only one), longest first. */
  private readonly byStart = new Map<number, string[]>();
  /** Per code unit: whether a spelling starts with it. */
  private readonly isFirst = new Uint8Array(0x10000);

  constructor(spellings: Iterable<string>) {
    for (const spelling of spellings) {
      const first = spelling.charCodeAt(0);
      // The scan steps by code unit, which is the RegExp's step only where no match starts on a surrogate.
      if (!spelling || isHighSurrogate(first) || isLowSurrogate(first)) throw new Error(`unsupported spelling "${spelling}"`);
      const key = startKey(first, spelling.length > 1 ? spelling.charCodeAt(1) : -1);
      const list = this.byStart.get(key) ?? [];
      list.push(spelling);
      this.byStart.set(key, list);
      this.isFirst[first] = 1;
    }
    for (const list of this.byStart.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * The first match at or after `from` inside [start, end), the text outside that span
   * counting as no letter (as if matching in `text.slice(start, end)`).
   */
  next(text: string, from: number, start: number, end: number): SpellingMatch | null {
    const isFirst = this.isFirst;
    for (let at = Math.max(from, start); at < end; at++) {
      const code = text.charCodeAt(at);
      if (isFirst[code] === 0) continue;
      // Most candidates sit inside a word ("t" in "talks"): an ASCII letter before rules them out cheaply.
      const before = at > start ? text.charCodeAt(at - 1) : 0x20;
      if (before < 0x80 ? isWordCodePoint(before) : wordBefore(text, at, start)) continue;
      // Two-letter starts hold the longer spellings, so they are tried before a one-letter one.
      const second = at + 1 < end ? text.charCodeAt(at + 1) : -1;
      const spelling = longestAt(text, at, end, this.byStart.get(startKey(code, second))) ?? longestAt(text, at, end, this.byStart.get(startKey(code, -1)));
      if (spelling) return { index: at, spelling };
    }
    return null;
  }
}

const startKey = (first: number, second: number) => first * 0x10001 + second + 1;

function longestAt(text: string, at: number, end: number, candidates: string[] | undefined): string | null {
  if (!candidates) return null;
  for (const spelling of candidates) {
    const after = at + spelling.length;
    if (after > end) continue;
    // Many spellings share a start ("the Kremlin", "the Russian President" …): comparing the
    // last code unit first turns most of them away without a full comparison.
    if (text.charCodeAt(after - 1) !== spelling.charCodeAt(spelling.length - 1)) continue;
    if (text.startsWith(spelling, at) && !wordAt(text, after, end)) return spelling;
  }
  return null;
}
