// Talks events: a sentence naming an event (talks, meeting, ultimatum …) next to a date
// we can resolve. Each date phrase goes to the nearest event word, so "announced late
// Wednesday … talks in Istanbul" is a statement on Wednesday, not talks on Wednesday.
// A held event with no date in its sentence takes the publication date, saying so.
// The words (event words, speech, agreement, deadlines) are the language's: ctx.language.events.
import type { DateBasis, EventKind, TalksEvent } from '../../schema/bundle.ts';
import type { EventLexicon } from '../language/types.ts';
import type { ArticleReading, SentenceReading } from '../reading/types.ts';
import type { ResolvedDate } from '../reading/dates.ts';
import { findPlaces, KIND_ORDER, type Cue } from '../reading/event-cues.ts';
import { nearestPlace, PLACE_REACH, placeBefore } from './event-place.ts';
import { eventStatus } from './event-status.ts';
import { eventTitle } from './event-title.ts';
import { sentenceEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { findAttribution } from '../reading/attribution.ts';
import { indexOfSentence } from '../reading/sentence-lookup.ts';
import { gapBetween } from '../reading/spans.ts';
import { participantsIn } from './participants.ts';
import { hasPastVerb, tenseAround } from '../reading/tense.ts';
import { applyDateRules, rulesIn } from './events/index.ts';
import { relativeDays, type RelativeDay } from './events/relative-day.ts';
import { callParticipants } from './events/speaker.ts';
import { isDatelineDate } from './events/dateline.ts';
import { eveOfEvents } from './events/eve-of.ts';
import { RESPONSE } from './events/said-on-date.ts';
import { traced } from '../trace.ts';

const CUE_REACH = 100;
/** What a comma between an event word and a date counts for, in characters, when picking the word. */
const CLAUSE_PENALTY = 50;
/** How close "next week" must be to a meeting word to date it: "summit in Vilnius next week". */
const WEEK_REACH = 25;
const ISSUED_KINDS = new Set<EventKind>(['statement', 'ultimatum']);

export function extractEvents(ctx: ArticleReading): TalksEvent[] {
  const byId = new Map(ctx.sentences.flatMap((sentence) => eventsInSentence(ctx, sentence)).map((event) => [event.id, event]));
  const events = [...byId.values()];
  events.push(...eveOfEvents(ctx, events).filter((event) => !byId.has(event.id)));
  // "The round led to an agreement on a prisoner exchange" names no one: the sides are those
  // of the article's other event on that day in that place.
  return events.map((event) => {
    if (event.participants.length > 0 || !event.place || event.kind === 'other') return event;
    const sibling = events.find((other) => other !== event && other.date === event.date && other.place === event.place && other.participants.length > 0);
    if (!sibling) return event;
    return { ...event, participants: sibling.participants, title: eventTitle(event.kind, sibling.participants, event.place, ctx.actors) };
  });
}

function eventsInSentence(ctx: ArticleReading, sentence: SentenceReading): TalksEvent[] {
  const lexicon = ctx.language.events;
  const cues = withExchangeBefore(ctx, sentence, sentence.eventCues);
  // The dated-event rules (events/) fire on their own words; most sentences have none of either.
  const possible = rulesIn(sentence.gateWords);
  if (cues.length === 0 && possible === 0) return [];
  const chronoDates = sentence.datesOrWeek;
  const dates = [...chronoDates, ...relativeDays(sentence.text, chronoDates, ctx.publishedAt)];
  if (dates.length === 0) return cues.length > 0 ? undatedEvent(ctx, sentence, cues) : [];
  const events: TalksEvent[] = [];
  for (const date of dates) {
    const ruled = applyDateRules({ ctx, sentence, date, dates, cues }, possible);
    events.push(...ruled.events);
    if (ruled.owned || cues.length === 0) continue;
    const lead = sentence.text.slice(Math.max(0, date.start - 24), date.start);
    // "The day before, X named the topics of the meeting": the day of X's act, not of the meeting;
    // "a day after X spoke to Y": the day of the event named right after the phrase.
    const relative = 'dates' in date ? (date as RelativeDay).dates : null;
    if (relative === 'own-clause') continue;
    const cue = relative === 'clause-after' ? cues.find((c) => c.start >= date.end && c.start - date.end <= 60) ?? null : nearestCue(cues, date, sentence.text, lexicon) ?? subjectCue(cues, date, sentence.text, lexicon);
    // "Russia on Tuesday rejected the ultimatum": the day of the answer, not of what it answers.
    if (cue && answeredBetween(sentence.text, date, cue)) continue;
    // "Putin suggested talks in Istanbul at a press conference on Sunday": a day gone by is when they
    // were put forward; talks put forward for a day to come are dated by it ("proposed talks on Thursday").
    if (cue && (cue.kind === 'talks' || cue.kind === 'meeting') && date.date <= ctx.publishedAt && lexicon.PUT_FORWARD.test(sentence.text.slice(Math.max(0, cue.start - 60), cue.start))) continue;
    // "Peskov said on Saturday that a meeting …": the date is when it was said, not the meeting's.
    // An ultimatum is issued by saying it, so its date is the day it was said.
    if (cue && cue.kind !== 'ultimatum' && speechIsNearer(sentence.text, cue, date, lexicon)) continue;
    const kind: EventKind | null = lexicon.DEADLINE_LEAD.test(lead) && lexicon.DEMAND.test(sentence.text) ? 'deadline' : cue?.kind ?? null;
    if (!kind) continue;
    // "announced that the swap will go ahead over the weekend": a statement is made, not planned; a day to come is what it speaks of.
    if (kind === 'statement' && date.date > ctx.publishedAt) continue;
    // A whole week ("last week") places talks or a meeting only when it is said of them
    // ("a summit in Vilnius next week"); acts of one side (sanctions, an ultimatum) take it anyway.
    if (date.endDate && /\bweek\b/i.test(date.basis.phrase) && !['sanctions', 'ultimatum', 'deadline', 'statement'].includes(kind)) {
      if (!cue || gapBetween(cue, date) > WEEK_REACH) continue;
    }
    const anchor = kind === 'deadline' ? demandAnchor(sentence.text, cues, lexicon) ?? date : cue ?? date;
    const built = buildEvent(ctx, sentence, kind, date, date.basis, anchor, PLACE_REACH, cues);
    // "spoke to The Associated Press": speaking to someone is a call only between two named sides.
    if (kind === 'call' && built.participants.length < 2 && /^(?:spoke|talked)\b/i.test(sentence.text.slice(anchor.start, anchor.end))) continue;
    events.push(traced(built, 'events/cue-date'));
    const next = cue ? thenCue(sentence.text, cues, cue, lexicon) : undefined;
    if (next && dates.every((d) => d.end <= next.start)) {
      const basis = { ...date.basis, note: `${date.basis.note} (told as done the same day, after the ${cue!.kind})` };
      events.push(traced(buildEvent(ctx, sentence, next.kind, date, basis, next, PLACE_REACH, cues), 'events/then-same-day'));
    }
    // "The round, held on June 2, produced an agreement to exchange 1,200 prisoners": the
    // exchange agreed at that round is an event of its own, on the same day.
    const exchange = cues.find((c) => c.kind === 'prisoner-exchange');
    // "held three rounds since May 16, each produced an exchange": a period, not one exchange.
    if (exchange && kind !== 'prisoner-exchange' && lexicon.AGREEMENT.test(sentence.text) && dates.length === 1 && !/\bsince\s+$/i.test(lead)) {
      events.push(traced({ ...buildEvent(ctx, sentence, 'prisoner-exchange', date, date.basis, exchange, PLACE_REACH), status: 'agreed' }, 'events/agreed-at-round'));
    }
    // "agreed on Friday to exchange prisoners at their first talks": the talks met that day too
    // (not "exchanged prisoners on Sunday, a swap agreed at talks" weeks before).
    const venue = kind === 'prisoner-exchange' && cue ? talksVenue(sentence.text, cues) : undefined;
    const agreedFirst = lexicon.AGREED_VERB.exec(sentence.text);
    if (venue && cue && agreedFirst && agreedFirst.index < cue.start) {
      events.push(traced({ ...buildEvent(ctx, sentence, 'talks', date, date.basis, venue, sentence.text.length), status: date.date <= ctx.publishedAt ? 'held' : 'planned' }, 'events/talks-where-agreed'));
    }
  }
  return events;
}

/**
 * "… the ninth stage of prisoner exchanges. … the exchange conducted on 23 July …": a bare "the
 * exchange" within three sentences after a prisoner exchange is that kind of event too.
 */
function withExchangeBefore(ctx: ArticleReading, sentence: SentenceReading, cues: readonly Cue[]): readonly Cue[] {
  if (cues.some((cue) => cue.kind === 'prisoner-exchange')) return cues;
  const m = ctx.language.events.BARE_EXCHANGE.exec(sentence.text);
  if (!m) return cues;
  const before = ctx.sentences.slice(Math.max(0, sentence.index - 3), sentence.index);
  if (!before.some((earlier) => earlier.eventCues.some((cue) => cue.kind === 'prisoner-exchange'))) return cues;
  const word = m.index + m[0].length - m[1]!.length;
  const cue: Cue = { kind: 'prisoner-exchange', start: word, end: m.index + m[0].length };
  return [...cues, cue].sort((a, b) => a.start - b.start);
}

function undatedEvent(ctx: ArticleReading, sentence: SentenceReading, cues: readonly Cue[]): TalksEvent[] {
  // Only a report of something done ("held", "was made") may take the publication date;
  // headlines in the present ("Ukraine ready for talks") say nothing of when.
  const words = ctx.language.events;
  if (words.NOT_THE_DAY.test(sentence.text) || /["“”]/.test(sentence.text) || !hasPastVerb(sentence.text)) return [];
  // "the ceasefire and a prisoner exchange were discussed during the talks": the exchange was a topic, the talks the event.
  const done = words.DISCUSSED.test(sentence.text) ? cues.filter((c) => c.kind !== 'prisoner-exchange' || words.SWAP_DONE.test(sentence.text.slice(c.start, c.end))) : cues;
  const cue = [...done].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
  if (!cue || !['talks', 'meeting', 'prisoner-exchange', 'statement'].includes(cue.kind)) return [];
  // "under terms struck at talks in Geneva", "the lists brokered during the round": talks
  // referred back to, on a day this sentence does not give.
  if ((cue.kind === 'talks' || cue.kind === 'meeting') && /\b(?:agreed|reached|brokered|struck|signed)\s+(?:at|during)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(sentence.text.slice(Math.max(0, cue.start - 50), cue.start))) return [];
  // "The penalties were announced": a passive with no speaker is not a statement of anyone's.
  if (cue.kind === 'statement' && /\b(?:was|were|been|be|being)\s+$/i.test(sentence.text.slice(Math.max(0, cue.start - 8), cue.start))) return [];
  // "declined a challenge to meet him", "refused to hold talks": an infinitive is not a thing done.
  if (/\bto\s+(?:\w+\s+)?$/i.test(sentence.text.slice(Math.max(0, cue.start - 16), cue.start)) && cue.kind !== 'prisoner-exchange') return [];
  const places = findPlaces(sentence.text, ctx.language.events);
  // "… sat across the same table on Friday. The meeting lasted two hours.": the date of the sentence before.
  const before = previousInParagraph(ctx, sentence);
  const borrowed = before ? before.dates.filter((d) => d.date <= ctx.publishedAt).at(-1) : undefined;
  const filed = borrowed ? undefined : datelineBefore(ctx, sentence);
  // With no place of its own, an event needs its sides named, or a dated talks sentence just before.
  const anchoredBefore = borrowed !== undefined && before !== undefined && before.eventCues.some((c) => c.kind === 'talks' || c.kind === 'meeting');
  if (!places.some((place) => place.city) && !anchoredBefore && (places.length === 0 || participantsIn(ctx, sentence).length === 0)) return [];
  const basis: DateBasis = borrowed
    ? { ...borrowed.basis, note: `${borrowed.basis.note} (the date of the sentence before)` }
    : filed
      ? { ...filed.basis, note: `${filed.basis.note} (the story's dateline)` }
      : { kind: 'publication', phrase: '', note: `no date in the sentence; the article's publication date, ${ctx.publishedAt}` };
  const day = borrowed ?? filed;
  const date = { date: day?.date ?? ctx.publishedAt, endDate: day?.endDate ?? null, start: cue.start, end: cue.end, basis };
  let event = buildEvent(ctx, sentence, cue.kind, date, basis, cue, sentence.text.length);
  if (event.participants.length === 0 && before && borrowed) {
    const participants = participantsIn(ctx, before);
    event = { ...event, participants, title: eventTitle(event.kind, participants, event.place, ctx.actors) };
  }
  const rule = borrowed ? 'events/date-of-sentence-before' : filed ? 'events/dateline-day' : 'events/publication-date';
  return event.status === 'held' || event.status === 'agreed' || event.status === 'issued' ? [traced(event, rule)] : [];
}

/** The dateline's day, when one of the two sentences before in the paragraph is the dateline ("ISTANBUL, May 16."). */
function datelineBefore(ctx: ArticleReading, sentence: SentenceReading): ResolvedDate | undefined {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    const earlier = ctx.sentences[i]!;
    if (earlier.paragraph !== sentence.paragraph) return undefined;
    const date = earlier.dates.find((d) => isDatelineDate(earlier, d) && d.date <= ctx.publishedAt);
    if (date) return date;
  }
  return undefined;
}

function previousInParagraph(ctx: ArticleReading, sentence: SentenceReading): SentenceReading | undefined {
  const previous = ctx.sentences[indexOfSentence(ctx.sentences, sentence) - 1];
  return previous && previous.paragraph === sentence.paragraph ? previous : undefined;
}

function buildEvent(
  ctx: ArticleReading,
  sentence: SentenceReading,
  kind: EventKind,
  date: ResolvedDate,
  basis: DateBasis,
  anchor: { start: number; end: number },
  placeReach = PLACE_REACH,
  cues: readonly Cue[] = [],
): TalksEvent {
  const others = cues.filter((cue) => cue.start !== anchor.start);
  // A call has no venue: "spoke to Putin about a ceasefire in Ukraine" was not held in Ukraine.
  const place = kind === 'call' ? null : nearestPlace(sentence.text, anchor, date, placeReach, others, ctx.language.events) ?? placeBefore(ctx, sentence);
  // Joint events list their sides as written; one-sided ones put the actor nearest the cue first.
  const joint = kind === 'talks' || kind === 'meeting' || kind === 'call' || kind === 'prisoner-exchange' || kind === 'other';
  // "In a statement issued on Friday, …, Turk said …": a statement is its speaker's, not everyone's the sentence names.
  const speaker = kind === 'statement' ? findAttribution(ctx, sentence.start, sentence.end, true)?.actor : undefined;
  const participants = kind === 'call' ? callParticipants(sentence, ctx, anchor) : speaker ? [speaker] : participantsIn(ctx, sentence, anchor, !joint);
  const tense = tenseAround(sentence.text, date.start, date.end);
  // "exchanged 303 prisoners on Sunday", "390 Ukrainians were freed": the swap itself, done.
  const done = kind === 'prisoner-exchange' && date.date <= ctx.publishedAt && ctx.language.events.SWAP_DONE.test(sentence.text.slice(anchor.start, anchor.end));
  const status = done ? 'held' : eventStatus(
    sentence.text,
    date.date,
    ctx.publishedAt,
    tense,
    ctx.language.events,
    joint && kind !== 'prisoner-exchange' ? anchor.start : undefined,
    others.filter((cue) => cue.end <= anchor.start).at(-1)?.end ?? 0,
    anchor.start,
  );
  return {
    id: itemId('event', ctx.articleId, sentence.start, kind, date.date),
    origin: 'extracted',
    evidence: [sentenceEvidence(ctx, sentence)],
    date: date.date,
    endDate: date.endDate,
    dateBasis: basis,
    kind,
    title: eventTitle(kind, participants, place, ctx.actors, kind === 'other' ? 'Signing' : undefined),
    place,
    participants,
    // A statement or an ultimatum made is issued, not held.
    status: status === 'held' && ISSUED_KINDS.has(kind) ? 'issued' : status,
  };
}

/** The talks an exchange was agreed at: "at talks", "in their first direct peace talks". */
function talksVenue(text: string, cues: readonly Cue[]): Cue | undefined {
  return cues.find((cue) => cue.kind === 'talks' && /\b(?:at|in|during)\s+(?:\S+\s+){0,4}$/i.test(text.slice(Math.max(0, cue.start - 40), cue.start)));
}

/** Where the demand behind a deadline is made: the ultimatum, or the word "demanded". */
function demandAnchor(text: string, cues: readonly Cue[], lexicon: EventLexicon): { start: number; end: number } | null {
  const cue = cues.find((c) => c.kind === 'ultimatum' || c.kind === 'deadline');
  if (cue) return cue;
  const demand = lexicon.DEMAND.exec(text);
  return demand ? { start: demand.index, end: demand.index + demand[0].length } : null;
}

/**
 * "Negotiations between the delegations, headed by …, concluded in Istanbul today": the event word
 * opening the sentence is the subject of the verb that dates it (lexicon.TOOK_PLACE), however long the asides between.
 */
function subjectCue(cues: readonly Cue[], date: ResolvedDate, text: string, lexicon: EventLexicon): Cue | null {
  const first = cues[0];
  if (!first || first.start > 12 || first.end > date.start || (first.kind !== 'talks' && first.kind !== 'meeting')) return null;
  return lexicon.TOOK_PLACE.test(text.slice(first.end, date.start)) ? first : null;
}

/** "Umerov, who heads the delegation for talks, arrived on Tuesday": a word inside an aside (lexicon.ASIDE) the date is not in does not take the date. */
function inAsideWithout(text: string, cue: Cue, date: ResolvedDate, lexicon: EventLexicon): boolean {
  const ASIDE = lexicon.ASIDE;
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(text); m; m = ASIDE.exec(text)) {
    const end = m.index + m[0].length;
    if (cue.start >= m.index && cue.end <= end) return !(date.start >= m.index && date.end <= end);
  }
  return false;
}

function speechIsNearer(text: string, cue: Cue, date: ResolvedDate, lexicon: EventLexicon): boolean {
  const SPEECH = lexicon.SPEECH;
  // "Zelensky, who met Erdogan in Ankara on Thursday, said …": a comma closes the clause the
  // date belongs to, so a speech verb beyond it does not take the date from the cue.
  const cueInClause = !/[,;(]/.test(textBetween(text, cue, date));
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const speech = { start: m.index, end: m.index + m[0].length };
    if (cueInClause && /[,;)]/.test(textBetween(text, speech, date))) continue;
    if (gapBetween(speech, date) < gapBetween(cue, date)) return true;
  }
  return false;
}

/** A call or meeting told after this event with "then" or "later", and no date of its own. */
function thenCue(text: string, cues: readonly Cue[], cue: Cue, lexicon: EventLexicon): Cue | undefined {
  return cues.find((c) => c.start > cue.end && (c.kind === 'call' || c.kind === 'meeting') && lexicon.THEN.test(text.slice(Math.max(cue.end, c.start - 20), c.start)));
}

function answeredBetween(text: string, date: ResolvedDate, cue: Cue): boolean {
  return cue.start >= date.end && RESPONSE.test(text.slice(date.end, cue.start));
}

function textBetween(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
}

function nearestCue(cues: readonly Cue[], date: ResolvedDate, text: string, lexicon: EventLexicon): Cue | null {
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (const cue of cues) {
    const distance = cue.end <= date.start ? date.start - cue.end : cue.start >= date.end ? cue.start - date.end : 0;
    if (distance > CUE_REACH || inAsideWithout(text, cue, date, lexicon)) continue;
    // "talks in Geneva on Monday, but the session broke up": a comma puts the nearer word in another clause.
    const score = distance + (lexicon.NEW_CLAUSE.test(textBetween(text, cue, date)) ? CLAUSE_PENALTY : 0);
    if (score < bestScore || (score === bestScore && !best)) {
      best = cue;
      bestScore = score;
    }
  }
  return best;
}
