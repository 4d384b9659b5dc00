// events/eve-of: "X rang the president on the eve of her talks with Y": X's call was the day
// before another event this article dates (here the talks with Y), so the day is read
// once the article's other events are known. Only an event of the kind named, and sharing a
// side where the sentence names one, can be the one meant.
import type { TalksEvent } from '../../../schema/bundle.ts';
import type { ArticleReading } from '../../reading/types.ts';
import { addDays } from '../../reading/calendar.ts';
import { participantsIn } from '../participants.ts';
import { makeEvent } from './make-event.ts';
import { callParticipants } from './speaker.ts';

const EVE_OF = /\bon the eve of\s+/i;

export function eveOfEvents(ctx: ArticleReading, events: readonly TalksEvent[]): TalksEvent[] {
  const found: TalksEvent[] = [];
  for (const sentence of ctx.sentences) {
    const m = sentence.text.indexOf('eve of') >= 0 ? EVE_OF.exec(sentence.text) : null;
    if (!m) continue;
    const end = m.index + m[0].length;
    const cues = sentence.eventCues;
    const referenced = cues.find((c) => c.start >= end && c.start - end <= 30);
    const main = cues.filter((c) => c.end <= m.index).at(-1);
    if (!referenced || !main) continue;
    const named = participantsIn(ctx, sentence, referenced);
    const target = events.find((e) => e.kind === referenced.kind && !e.endDate && (named.length === 0 || e.participants.some((p) => named.includes(p))));
    if (!target) continue;
    const day = addDays(target.date, -1);
    const date = { date: day, endDate: null, start: m.index, end, basis: { kind: 'relative' as const, phrase: m[0].trim(), note: `the day before the ${target.kind} of ${target.date}, ${day}` } };
    const participants = main.kind === 'call' ? callParticipants(sentence, ctx, main) : participantsIn(ctx, sentence, main);
    found.push(makeEvent(ctx, sentence, 'events/eve-of', { kind: main.kind, date, participants, status: 'held' }));
  }
  return found;
}
