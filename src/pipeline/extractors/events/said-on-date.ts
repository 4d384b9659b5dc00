// events/said-on-date: a dated public statement of one actor, read where the date is said of
// the speaking itself: "X said on Friday", "X told journalists on Monday", "X said Monday",
// "Russia on Tuesday rejected …", "On March 8, X said", "X added, a day prior, that …".
// The statement is titled neutrally ("Statement by X"); what was said stays in the evidence.
// It does not own the date: an event named nearer it ("talks … ended on Friday") is still read.
import { makeEvent } from './make-event.ts';
import { actorRightAfter, speakerOf, TITLE_WORDS } from './speaker.ts';
import { hitsBetween } from '../../reading/attribution.ts';
import type { ArticleContext, Sentence } from '../../context.ts';
import type { DateRule, Span } from './rule.ts';

const SPEECH =
  /\b(?:said|says|told|claimed|stated|reiterated|briefed|tweeted|wrote|declared|noted|insisted|confirmed|announced|added|rejected|dismissed|denied|welcomed|condemned|accused)\b/gi;
/** Answering another's act: said of the answer, never of what is answered ("rejected the ultimatum"). */
export const RESPONSE = /\b(?:rejected|dismissed|denied|welcomed|condemned)\b/i;
/**
 * Up to five words and no clause mark between verb and date: "told journalists about the plan on
 * Monday"; not "said that as of 2 April", where the date is what was said.
 */
const VERB_THEN_DATE = /^(?!.*\b(?:that|as of|since|until|by)\b)(?:\s+[\w’'.-]+){0,5}\s+$/;
/** "added, a day prior, that": a date set off by commas right after the verb. */
const PARENTHETICAL = /^,\s+$/;

export const saidOnDateRule: DateRule = {
  id: 'events/said-on-date',
  words: ['said', 'says', 'told', 'claimed', 'stated', 'reiterated', 'briefed', 'tweeted', 'wrote', 'declared', 'noted', 'insisted', 'confirmed', 'announced', 'added', 'rejected', 'dismissed', 'denied', 'welcomed', 'condemned', 'accused'],
  apply({ ctx, sentence, date, cues }) {
    // A statement is made on a day, not over a week, and not ahead of the report.
    if (date.date > ctx.publishedAt || date.endDate) return null;
    const verb = verbOfDate(sentence.text, date);
    if (!verb) return null;
    // "announced new sanctions on Tuesday": the date is the act's, read by the cue reading.
    if (cues.some((cue) => cue.start >= Math.min(verb.end, date.end) && cue.end <= Math.max(verb.start, date.start))) return null;
    // "said on Monday that he would impose tariffs within 50 days": the ultimatum reading has it.
    const word = sentence.text.slice(verb.start, verb.end);
    if (!RESPONSE.test(word) && cues.some((cue) => cue.kind === 'ultimatum' && cue.start > verb.end)) return null;
    // "I told the president about this today", inside quotation marks: words quoted, not a statement made.
    if (insideQuote(sentence.text, verb.start)) return null;
    // "Putin told Erdogan on Monday": said to another party, in a meeting or call, not in public.
    if (word.toLowerCase() === 'told' && toldParty(sentence, ctx, verb)) return null;
    const speaker = speakerOf(sentence, ctx, verb);
    const participants = speaker ? [speaker] : [];
    // "said on Saturday that a meeting was possible": what follows is what was said, and the
    // date is the saying's alone; "told radio on Monday as the round closed" dates the talks too.
    const rest = sentence.text.slice(Math.max(date.end, verb.end));
    const owns = verb.start > date.end || !/^\s*,?\s*(?:as|when|after|before|while|during|at|following)\b/i.test(rest);
    return { events: [makeEvent(ctx, sentence, this.id, { kind: 'statement', date, participants, status: 'issued' })], owns };
  },
};

/** The speech verb the date is said of, if any. */
export function verbOfDate(text: string, date: Span): Span | null {
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const verb = { start: m.index, end: m.index + m[0].length };
    if (verb.end <= date.start) {
      const between = text.slice(verb.end, date.start);
      if (between.length <= 40 && (VERB_THEN_DATE.test(between) || (PARENTHETICAL.test(between) && /^\s*,/.test(text.slice(date.end))))) return verb;
    } else if (verb.start >= date.end) {
      const between = text.slice(date.end, verb.start);
      // "Russia on Tuesday rejected"; "On March 8, President X said" (the date opening the sentence).
      if (/^\s+$/.test(between)) return verb;
      if (/^\s*$/.test(text.slice(0, date.start)) && /^,(?:\s+[\w’'.-]+){1,6}\s+$/.test(between)) return verb;
      return null;
    }
  }
  return null;
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return opened || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** "told Erdogan", "told Turkish President Erdogan", "told Kyiv that": another party, not "told Ukrainian TV". */
function toldParty(sentence: Sentence, ctx: ArticleContext, verb: Span): boolean {
  const after = hitsBetween(ctx, sentence.start + verb.end, Math.min(sentence.end, sentence.start + verb.end + 50));
  const person = after.find((hit) => ctx.actors.get(hit.actor)?.kind === 'person');
  if (person && TITLE_WORDS.test(ctx.text.slice(sentence.start + verb.end, person.start))) return true;
  const hit = actorRightAfter(sentence, ctx, verb);
  return hit !== null && /^\s*(?:that|on|about|in|at|during|,|\.)/.test(ctx.text.slice(hit.end, hit.end + 12));
}
