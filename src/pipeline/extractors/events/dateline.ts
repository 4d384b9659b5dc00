// events/dateline: "ISTANBUL, June 3 (Reuters) –" or "MOSCOW, April 5." opens or signs a wire
// story; its date is when the story was filed, never an event. The rule owns the date and
// makes nothing of it. A story's lead that says what was done without a day of its own
// ("MOSCOW, April 5. The sides wrapped up talks.") took place on the dateline's day.
import type { Sentence } from '../../context.ts';
import type { ResolvedDate } from '../../reading/dates.ts';
import type { DateRule } from './rule.ts';

/** A place in capitals (optionally ", Country") and a comma, at the start of a line. */
const DATELINE_LEAD = /(?:^|\n)[\s•]*\p{Lu}{2,}[\p{Lu}\s.'’/-]*(?:,\s*\p{Lu}[\p{L}\s.]*)?,\s*$/u;

/** Whether `date` is the dateline's in `sentence` ("MOSCOW, April 5."). */
export function isDatelineDate(sentence: Sentence, date: ResolvedDate): boolean {
  return date.basis.kind === 'explicit' && DATELINE_LEAD.test(sentence.text.slice(Math.max(0, date.start - 60), date.start));
}

export const datelineRule: DateRule = {
  id: 'events/dateline',
  words: [],
  apply({ sentence, date }) {
    return isDatelineDate(sentence, date) ? { events: [], owns: true } : null;
  },
};
