// "Last week", "this week", "next week": a Monday–Sunday span, for an event the text
// dates no closer ("Last week the Commission proposed a package of sanctions").
import type { ResolvedDate } from './dates.ts';
import { addDays, weekdayNear } from './calendar.ts';

const WEEK = /\b(last|this|next|earlier this|later this)\s+week\b(?!\s*(?:'s|’s|end))/i;

export function resolveWeek(sentence: string, publishedAt: string): ResolvedDate | null {
  const match = WEEK.exec(sentence);
  if (!match?.[1]) return null;
  const word = match[1].toLowerCase();
  const thisMonday = weekdayNear(publishedAt, 1, 'back');
  const monday = word === 'last' ? addDays(thisMonday, -7) : word === 'next' ? addDays(thisMonday, 7) : thisMonday;
  const endDate = addDays(monday, 6);
  const phrase = match[0];
  const note = `"${phrase}" from publication (${publishedAt}): the week of ${monday} to ${endDate}`;
  return { date: monday, endDate, start: match.index, end: match.index + phrase.length, basis: { kind: 'relative', phrase, note } };
}
