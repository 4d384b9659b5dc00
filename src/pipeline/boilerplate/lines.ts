// Lines of a text with their offsets (line break excluded), for line-based rules.
import type { Range } from '../../schema/bundle.ts';

export interface Line extends Range {
  text: string;
  /** Position among the article's non-blank lines, from 0. */
  index: number;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  const push = (end: number) => {
    const content = text.slice(start, end);
    if (content.trim()) lines.push({ start, end, text: content, index: lines.length });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return lines;
}
