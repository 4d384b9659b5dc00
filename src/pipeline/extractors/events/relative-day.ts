// events/relative-day: "a day prior", "the day before", "a day after X spoke to Y" name a day
// one off another: a date named elsewhere in the sentence, else the publication date.
// "X did A on Tuesday, a day after Y did B": B was on Monday. "X added, a day prior, that …":
// the saying was the day before. chrono leaves these phrases alone (dates.ts drops
// "after"/"before" phrases as anchored elsewhere), so they are read here, for events only.
import type { ResolvedDate } from '../../reading/dates.ts';

/**
 * `clause-after`: the day of the event named right after the phrase ("a day after Y spoke");
 * `own-clause`: the day of its own clause's verb ("added, a day prior, that").
 */
export interface RelativeDay extends ResolvedDate {
  dates: 'clause-after' | 'own-clause';
}
import { addDays } from '../../reading/calendar.ts';

const RELATIVE_DAY =
  /\b(?:(?:a|one|the) day (after|before|prior|earlier|later)|the (previous|following|next) day|on the eve of)\b/gi;

export function relativeDays(text: string, dates: readonly ResolvedDate[], publishedAt: string): RelativeDay[] {
  if (!/\bday\b|\beve\b/i.test(text)) return [];
  const found: RelativeDay[] = [];
  RELATIVE_DAY.lastIndex = 0;
  for (let m = RELATIVE_DAY.exec(text); m; m = RELATIVE_DAY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = (m[1] ?? m[2] ?? 'eve').toLowerCase();
    const rest = text.slice(end);
    // "The next day, on 3 April, …": the day is written out; chrono has it.
    if (/^,?\s*(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(rest)) continue;
    // "on the eve of her visit": the day before an event whose own day this sentence does not give.
    if (word === 'eve') continue;
    const clauseFollows = /^\s+(?!that\b)(?:\p{Lu}|the\b|his\b|her\b|their\b|its\b)/u.test(rest) && (word === 'after' || word === 'before');
    const anchor = nearestDate(dates, start);
    const base = anchor?.date ?? publishedAt;
    // "a day after Y spoke": Y's day is one before the anchor; "a day before Y": one after.
    // Otherwise the phrase dates its own clause: "added, a day prior, that": one before.
    const shift = clauseFollows ? (word === 'after' ? -1 : 1) : ['before', 'prior', 'earlier', 'previous'].includes(word) ? -1 : 1;
    if (!clauseFollows && !anchor && shift > 0) continue; // "the next day" of nothing named
    const date = addDays(base, shift);
    const from = anchor ? `"${anchor.basis.phrase}" (${base})` : `publication (${publishedAt})`;
    found.push({ date, endDate: null, start, end, basis: { kind: 'relative', phrase: m[0], note: `"${m[0]}", counted from ${from}, ${date}` }, dates: clauseFollows ? 'clause-after' : 'own-clause' });
  }
  return found;
}

function nearestDate(dates: readonly ResolvedDate[], at: number): ResolvedDate | undefined {
  return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}
