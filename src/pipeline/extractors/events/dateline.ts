// events/dateline: "ISTANBUL, June 3 (Reuters) –" or "MOSCOW, April 5." opens or signs a wire
// story; its date is when the story was filed, never an event. The rule owns the date and
// makes nothing of it.
import type { DateRule } from './rule.ts';

/** A place in capitals (optionally ", Country") and a comma, at the start of a line. */
const DATELINE_LEAD = /(?:^|\n)[\s•]*\p{Lu}{2,}[\p{Lu}\s.'’/-]*(?:,\s*\p{Lu}[\p{L}\s.]*)?,\s*$/u;

export const datelineRule: DateRule = {
  id: 'events/dateline',
  words: [],
  apply({ sentence, date }) {
    const lead = sentence.text.slice(Math.max(0, date.start - 60), date.start);
    return DATELINE_LEAD.test(lead) && date.basis.kind === 'explicit' ? { events: [], owns: true } : null;
  },
};
