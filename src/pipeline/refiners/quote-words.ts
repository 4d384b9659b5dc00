// A quote's words for comparing two reports of it: lower case, runs of letters and digits
// joined by single spaces, everything else dropped. The same string as
// `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, built by one loop over
// code units: that Unicode-aware replace was a good part of deduplicating large corpora.
import { codeUnitMatcher } from '../code-unit-matcher.ts';

const WORD = /[\p{L}\p{N}]/u;
const isWordUnit = codeUnitMatcher(WORD);

export function quoteWords(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let runStart = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let word: boolean;
    const next = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair is one character (a letter or not), as in the RegExp's unicode mode.
      width = 2;
      word = WORD.test(lower.slice(i, i + 2));
    } else {
      word = isWordUnit(code);
    }
    if (word && runStart < 0) runStart = i;
    if (!word && runStart >= 0) {
      words.push(lower.slice(runStart, i));
      runStart = -1;
    }
    i += width - 1;
  }
  if (runStart >= 0) words.push(lower.slice(runStart));
  return words.join(' ');
}
