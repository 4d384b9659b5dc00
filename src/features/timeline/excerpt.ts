// Long quotes are shortened at a word boundary, never inside a word ("giving Russi…").
const CUT_AFTER = /[\s,;:–—-]+$/u;

export function wordExcerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const lastSpace = head.search(/\s\S*$/u);
  // A single very long "word" (a URL) is cut where it must be.
  const cut = lastSpace > max / 2 ? head.slice(0, lastSpace) : text.slice(0, max);
  return `${cut.replace(CUT_AFTER, '')}…`;
}
