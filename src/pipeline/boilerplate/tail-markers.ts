// Headings after which a page shows other stories ("Latest News", "You may also
// like"). Late in the page, the heading and everything after it are furniture; early
// in the page (a sidebar above the story), only the heading line is.
import type { Range } from '../../schema/bundle.ts';
import type { Line } from './lines.ts';

const TAIL_HEADING =
  /^\s*(?:Latest News|LATEST NEWS|Latest Stories|You may also like|YOU MAY ALSO LIKE|More Articles Like This|Related Articles|RELATED ARTICLES|Related Posts|Related Stories|More Stories|More from .{1,40}|Trending Now|Most Read|Most Popular|Recommended for you)\s*$/;

export function tailRanges(text: string, lines: Line[]): Range[] {
  for (const line of lines) {
    if (!TAIL_HEADING.test(line.text)) continue;
    if (line.start >= text.length / 2) return [{ start: line.start, end: text.length }];
  }
  return lines.filter((line) => TAIL_HEADING.test(line.text)).map(({ start, end }) => ({ start, end }));
}
