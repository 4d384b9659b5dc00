// events/withdrawal: a party leaving or halting a deal on a day: "Russia on Monday pulled out
// of the grain deal", "withdrew from the treaty on Friday", "suspended its participation in
// the initiative on 29 October". An act, not a statement about one; it owns the date.
import { makeEvent } from './make-event.ts';
import { speakerOf } from './speaker.ts';
import type { DateRule } from './rule.ts';

const LEAVE = /\b(?:pulled out of|withdrew from|walked out of|quit|exited|suspended (?:its |their )?(?:participation in|involvement in)?|terminated)\s+(?:the\s+|a\s+|its\s+)?(?:[\w.’'-]+\s+){0,5}?(?:deal|agreement|initiative|treaty|accord|talks|negotiations|memorandum)\b/gi;
/** Between the act and its date (either side), at most this many characters and no clause mark. */
const REACH = 30;

export const withdrawalRule: DateRule = {
  id: 'events/withdrawal',
  words: ['pulled out', 'withdrew', 'walked out', 'quit', 'exited', 'suspended', 'terminated'],
  apply({ ctx, sentence, date }) {
    if (date.date > ctx.publishedAt) return null;
    const text = sentence.text;
    LEAVE.lastIndex = 0;
    for (let m = LEAVE.exec(text); m; m = LEAVE.exec(text)) {
      const act = { start: m.index, end: m.index + m[0].length };
      const gap = act.start >= date.end ? text.slice(date.end, act.start) : act.end <= date.start ? text.slice(act.end, date.start) : null;
      if (gap === null || gap.length > REACH || /[,;:"“”]/.test(gap)) continue;
      const by = speakerOf(sentence, ctx, { start: Math.min(act.start, date.start), end: act.end });
      const participants = by ? [by] : [];
      return { events: [makeEvent(ctx, sentence, this.id, { kind: 'other', date, participants, status: 'held', label: 'Withdrawal' })], owns: true };
    }
    return null;
  },
};
