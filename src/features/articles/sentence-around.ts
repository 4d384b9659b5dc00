// Evidence can be a fragment ("1,710 armoured vehicles"); readers need the whole sentence
// around it. Finds it from the text alone: back to the previous sentence end or line break,
// forward to the next. An abbreviation ("U.S.") may end a sentence early; the fragment
// itself is always inside the result.
const SHORT_WORDS = /(?:\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.N|U\.K|e\.g|i\.e))$/;

function isSentenceEnd(text: string, at: number): boolean {
  const char = text[at];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[at + 1];
  const followedByBreak = next === undefined || /[\s”"’)]/.test(next);
  return followedByBreak && !SHORT_WORDS.test(text.slice(Math.max(0, at - 4), at));
}

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
  // Skip the space and any closing quote mark left over from the sentence before.
  const leftover = (at: number) => /[\s”’]/.test(text[at]!) || (text[at] === '"' && /\s/.test(text[at + 1] ?? ''));
  while (from < start && leftover(from)) from++;
  let to = Math.max(end, start);
  if (to > start && isSentenceEnd(text, to - 1)) return { start: from, end: to };
  while (to < text.length && !isSentenceEnd(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  // Keep a closing quote mark with its sentence.
  while (to < text.length && /[”"’]/.test(text[to]!)) to++;
  return { start: from, end: to };
}
