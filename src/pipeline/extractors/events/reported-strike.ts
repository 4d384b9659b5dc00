// events/reported-strike: a strike a side is reported to have made on a day: "the ministry
// said it destroyed a fuel depot with missiles on Monday evening", "a drone strike on
// Saturday killed …". Titled "Reported strike": who reports it stays in the evidence. It
// owns the date only when no other event word is nearer it.
import { makeEvent } from './make-event.ts';
import { speakerOf } from './speaker.ts';
import type { DateRule } from './rule.ts';

/** An act of war done on a day, and the strike nouns dated directly ("a drone strike on Saturday"). */
const ACT = /\b(?:struck|destroyed|shelled|bombed|shot down|(?:missile|drone|air|rocket|artillery) (?:strikes?|attacks?))\b/gi;
/** At most this many characters, and no clause mark, between the act and its date. */
const REACH = 100;

export const reportedStrikeRule: DateRule = {
  id: 'events/reported-strike',
  words: ['struck', 'destroyed', 'shelled', 'bombed', 'shot down', 'strike', 'attack'],
  apply({ ctx, sentence, date, cues }) {
    if (date.date > ctx.publishedAt) return null;
    const text = sentence.text;
    let act: RegExpExecArray | null = null;
    ACT.lastIndex = 0;
    for (let m = ACT.exec(text); m && m.index < date.start; m = ACT.exec(text)) act = m;
    if (!act) return null;
    const actEnd = act.index + act[0].length;
    const between = text.slice(actEnd, date.start);
    if (between.length > REACH || /[,;:"“”(]/.test(between)) return null;
    // "struck … ahead of talks on Friday": the date belongs to the nearer event word.
    if (cues.some((cue) => cue.start >= actEnd && cue.end <= date.start)) return null;
    // "X said on Tuesday": a date right after a speech verb in between is the speaking's.
    if (/\b(?:said|says|told|claimed|stated|reported|announced)\b/i.test(between)) return null;
    const speaker = speakerOf(sentence, ctx, { start: act.index, end: actEnd });
    const participants = speaker ? [speaker] : [];
    return { events: [makeEvent(ctx, sentence, this.id, { kind: 'other', date, participants, status: 'held', label: 'Reported strike' })], owns: true };
  },
};
