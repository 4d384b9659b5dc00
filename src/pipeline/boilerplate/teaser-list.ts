// A "DON'T MISS", "Trending now" or bare "READ MORE" heading introduces a list of links to other
// stories: one per line until the next blank line, tagged or not.
import type { Range } from '../../schema/bundle.ts';

const LIST_HEADING =
  /^[ \t]*(?:DON['’]T MISS|Don['’]t [Mm]iss|READ MORE|Read [Mm]ore|READ NEXT|Read [Nn]ext|READ ALSO|Read [Aa]lso|ALSO READ|Also [Rr]ead|RELATED|Related(?: [Ss]tories| [Cc]overage| [Aa]rticles| [Nn]ews)?|MORE|Trending(?: [Nn]ow)?|TRENDING(?: NOW)?|Most (?:Popular|Read)|MOST (?:POPULAR|READ)|More from [^\r\n]{1,40}|Recommended(?: for you)?|Editor['’]s [Pp]icks)[ \t]*:?[ \t]*$/gm;
const NEXT_BLANK_LINE = /\r?\n[ \t\u00A0]*(?:\r?\n|$)/g;
/** Lists are short; a missing blank line must not swallow the story. */
const MAX_LIST_CHARS = 1200;

export function teaserListRanges(text: string): Range[] {
  const ranges: Range[] = [];
  LIST_HEADING.lastIndex = 0;
  for (let m = LIST_HEADING.exec(text); m; m = LIST_HEADING.exec(text)) {
    NEXT_BLANK_LINE.lastIndex = m.index + m[0].length;
    const blank = NEXT_BLANK_LINE.exec(text);
    const end = blank ? blank.index : text.length;
    if (end - m.index <= MAX_LIST_CHARS) ranges.push({ start: m.index, end });
  }
  return ranges;
}
