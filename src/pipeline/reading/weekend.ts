// "At the weekend", "over the weekend", "last weekend", "this weekend": a Saturday–Sunday
// span. A past-tense sentence means the weekend just gone; a future one the next.
import type { ResolvedDate } from './dates.ts';
import { addDays, weekdayNear } from './calendar.ts';
import { tenseAround } from './tense.ts';

const WEEKEND = /\b(?:(at|over|during)\s+the|(last|this|next|the coming|the past))\s+weekend\b/i;

export function resolveWeekend(sentence: string, publishedAt: string): ResolvedDate | null {
  const match = WEEKEND.exec(sentence);
  if (!match) return null;
  const start = match.index;
  const end = start + match[0].length;
  const word = (match[2] ?? '').toLowerCase();
  const ahead = word === 'next' || word === 'the coming' || (word !== 'last' && word !== 'the past' && tenseAround(sentence, start, end) === 'ahead');
  const saturday = ahead ? weekdayNear(publishedAt, 6, 'ahead') : weekdayNear(addDays(publishedAt, -1), 6, 'back');
  const date = saturday;
  const endDate = addDays(saturday, 1);
  const phrase = match[0];
  const note = `the weekend ${ahead ? 'after' : 'before'} publication (${publishedAt}), ${date} to ${endDate}`;
  return { date, endDate, start, end, basis: { kind: 'relative', phrase, note } };
}
