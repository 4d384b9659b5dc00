// events/war-start: "since the invasion began in late February", "launched its full-scale
// invasion on that day", "since the war's start on the 24th": the day the war began, as the article
// states it, an event of its own. It owns the date, which is not a meeting or talks that day.
import { hitsBetween } from '../../reading/attribution.ts';
import { makeEvent } from './make-event.ts';
import type { DateRule } from './rule.ts';

/** The war itself, not any operation or offensive within it. */
const WAR = /\b(?:war|invasion|(?:special|comprehensive|full-scale) military operation|full-scale aggression|hostilities)\b/gi;
const START = /\b(?:began|begun|begin|started|launched|ordered|start of|beginning of|outbreak of|onset of)\b/i;
/** How far before its date the war word may be: "the invasion, which started that day". */
const REACH = 70;
/** How far before the war word its sides may be named: "the Kremlin launched its invasion". */
const SIDES_REACH = 50;

export const warStartRule: DateRule = {
  id: 'events/war-start',
  words: ['war', 'invasion', 'military operation', 'aggression', 'hostilities'],
  apply({ ctx, sentence, date }) {
    if (date.date > ctx.publishedAt) return null;
    const text = sentence.text;
    const from = Math.max(0, date.start - REACH);
    let war: RegExpExecArray | null = null;
    WAR.lastIndex = from;
    for (let m = WAR.exec(text); m && m.index < date.start; m = WAR.exec(text)) war = m;
    if (!war) return null;
    const warEnd = war.index + war[0].length;
    // The start word sits between the war word and its date, or just before the war word
    // in the same clause ("launched a full-scale invasion that day").
    const between = text.slice(warEnd, date.start);
    const before = text.slice(Math.max(0, war.index - 40), war.index);
    if (/[;.]/.test(between)) return null;
    const starts = START.test(between) || (START.test(before) && !/[,;]/.test(before.slice(before.search(START))) && !/,/.test(between));
    if (!starts) return null;
    // The sides named with the war itself ("Moscow's war against Kyiv", "the Kremlin
    // launched the invasion"), not a mediator named earlier in the sentence; two or none.
    const named = hitsBetween(ctx, sentence.start + Math.max(0, war.index - SIDES_REACH), sentence.start + date.start);
    const sides = [...new Set(named.map((hit) => ctx.actors.get(hit.actor)?.party ?? hit.actor))];
    const participants = sides.length >= 2 ? sides : [];
    return { events: [makeEvent(ctx, sentence, this.id, { kind: 'other', date, participants, status: 'held', label: 'Start of the war' })], owns: true };
  },
};
