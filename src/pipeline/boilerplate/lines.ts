// Lines of a text with their offsets (line break excluded), for line-based rules.
import type { Range } from '../../schema/bundle.ts';
import { forEachLine } from '../line-breaks.ts';

export interface Line extends Range {
  text: string;
  /** Position among the article's non-blank lines, from 0. */
  index: number;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end) => {
    const content = text.slice(start, end);
    if (content.trim()) lines.push({ start, end, text: content, index: lines.length });
  });
  return lines;
}
