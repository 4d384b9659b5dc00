// A date standing alone on a line near the top of the page is the site's banner (the
// day the page was rendered), not when the story was written, unless it matches the
// publication date. Marking it keeps it out of the timeline.
import type { Range } from '../../schema/bundle.ts';
import type { Line } from './lines.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const MONTH = '([A-Z][a-z]{2,8})';
const MONTH_FIRST = new RegExp(`^\\s*${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*$`);
const DAY_FIRST = new RegExp(`^\\s*${WEEKDAY}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\s*$`);
/** Only the first few lines of a page carry a banner. */
const TOP_LINES = 4;

export function bannerDateRanges(lines: Line[], publishedAt: string | undefined): Range[] {
  return lines
    .filter((line) => line.index < TOP_LINES)
    .filter((line) => {
      const iso = isoOf(line.text);
      return iso !== null && iso !== publishedAt;
    })
    .map(({ start, end }) => ({ start, end }));
}

function isoOf(line: string): string | null {
  const monthFirst = MONTH_FIRST.exec(line);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(line);
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const monthIndex = MONTHS.indexOf((month ?? '').toLowerCase());
  if (monthIndex < 0 || !day || !year) return null;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
