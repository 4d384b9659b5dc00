// Lines of a text with their offsets (line break excluded), for line-based rules.
import type { Range } from '../../schema/bundle.ts';

export interface Line extends Range {
  text: string;
  /** Position among the article's non-blank lines, from 0. */
  index: number;
}

/** Anything `trim()` would keep: a line with none is blank. */
const NOT_SPACE = /\S/;

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Line breaks are \r\n, \r or \n; a loop over code units is cheaper than a RegExp for it.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    addLine(lines, text, start, i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  addLine(lines, text, start, text.length);
  return lines;
}

function addLine(lines: Line[], text: string, start: number, end: number): void {
  const content = text.slice(start, end);
  if (NOT_SPACE.test(content)) lines.push({ start, end, text: content, index: lines.length });
}
