// Dates in one sentence, resolved against the article's publication date. chrono-node
// finds the phrases; our rules fix what it gets wrong in news prose: the tense decides
// which Thursday is meant, "the weekend" is a two-day span, "late Wednesday" keeps its
// "late", durations ("in three weeks", "the month-long war") are not dates.
import type { ParsedResult } from './chrono.ts';
import { chronoFor } from './chrono-gate.ts';
import type { GateWords } from './word-gate.ts';
import type { DateBasis } from '../../schema/bundle.ts';
import { addDays, toIso, WEEKDAY_NAMES, weekdayNear } from './calendar.ts';
import { tenseAround } from './tense.ts';
import { resolveWeek } from './week.ts';
import { resolveWeekend } from './weekend.ts';

export interface ResolvedDate {
  date: string;
  endDate: string | null;
  basis: DateBasis;
  /** Offsets of the date phrase within the sentence. */
  start: number;
  end: number;
}

/** Sentences longer than this are not handed to chrono (it slows down on long strings). */
const MAX_SENTENCE = 2000;
const DURATION = /^(?:in|within|for|over|after|during)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|minutes?)\b/i;
/** "the past 24 hours", "three weeks": a length of time, unless counted back with "ago". */
const SPAN_OF_TIME = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b(?!\s+ago)/i;
/** The talks' era, give or take: "1 January 10000" is a typo, not a date. */
const PLAUSIBLE_YEAR = /^(?:19|20)\d{2}-/;
/** A date names a day: a digit, a month, a weekday, or today/tonight/tomorrow (exported for the tests). */
export const DAY_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|days?\b|tonight|tomorrow/i;
/** What a text holds if any part of it matches DAY_WORD: the same words without their boundaries. */
export const MAY_HOLD_DAY_WORD = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|tomorrow/i;
/** "a day after", "the week before": relative to another event, not to the publication date. */
const ANCHORED_ELSEWHERE = /\b(?:after|before|later|earlier|prior)\s*$/i;
const LEADING_QUALIFIER = /\b(late|early|on|at the|over the|last|this|the following|next)\s*$/i;

/**
 * `weeks`: also read "last week" as a Monday–Sunday span when no day is named (for events;
 * the day a statement was made is never a whole week).
 */
export function resolveDates(sentence: string, publishedAt: string, options: { weeks?: boolean } = {}): ResolvedDate[] {
  const days = namedDays(sentence, publishedAt);
  return options.weeks && days.length === 0 ? namedWeek(sentence, publishedAt) : days;
}

/** The days a sentence names, in text order; never a whole week. */
export function namedDays(sentence: string, publishedAt: string, words?: GateWords): ResolvedDate[] {
  if (sentence.length > MAX_SENTENCE || !(DIGIT.test(sentence) || DAY_TOKEN.test(sentence)) || !MAY_HOLD_DATE.test(sentence)) return [];
  return resolveDays(sentence, publishedAt, words);
}

/** "last week", "next week": the Monday–Sunday span, for a sentence that names no day. */
export function namedWeek(sentence: string, publishedAt: string): ResolvedDate[] {
  if (sentence.length > MAX_SENTENCE || !MAY_HOLD_DATE.test(sentence)) return [];
  const week = resolveWeek(sentence, publishedAt);
  return week ? [week] : [];
}

/**
 * A day is named with a digit or a day word; "the end of August" alone is too vague. Two
 * tests rather than one alternation: most sentences with a digit are answered by the quick one.
 */
const DIGIT = /\d/;
const DAY_TOKEN = /day|week|tonight|yesterday|tomorrow/i;
/**
 * And only sentences with one of these can hold a date we keep: a month, a weekday, a day word,
 * "ago", a week, or a numeric date. A bare count ("1,000 prisoners") is not enough, so most
 * sentences with figures skip the parser (a cheap filter before the costly one). Whole words
 * only: "decided", "showed" and "common" hold no month or weekday (a fifth fewer sentences go to
 * the parser, with the same dates found on 139,000 sentences of news and generated copy).
 */
const MAY_HOLD_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|today|tonight|yesterday|tomorrow|ago|week(?:end)?s?)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

function resolveDays(sentence: string, publishedAt: string, words?: GateWords): ResolvedDate[] {
  const reference = new Date(`${publishedAt}T12:00:00Z`);
  const found: ResolvedDate[] = [];
  const weekend = resolveWeekend(sentence, publishedAt);
  if (weekend) found.push(weekend);

  // fromChrono keeps only a phrase DAY_WORD matches, and a phrase is part of the sentence: a
  // sentence in which nothing could match ("over recent weeks") has none to keep, so chrono is not asked.
  const results = MAY_HOLD_DAY_WORD.test(sentence) ? parseSafely(sentence, reference, words) : [];
  for (const result of results) {
    const resolved = fromChrono(sentence, result, publishedAt);
    if (resolved && PLAUSIBLE_YEAR.test(resolved.date) && !found.some((other) => overlaps(other, resolved))) found.push(resolved);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A date parser that throws on odd input must not stop the build: such text simply has no date. */
function parseSafely(sentence: string, reference: Date, words?: GateWords): ParsedResult[] {
  try {
    return chronoFor(sentence, words).parse(sentence, { instant: reference, timezone: 0 });
  } catch {
    return [];
  }
}

function fromChrono(sentence: string, result: ParsedResult, publishedAt: string): ResolvedDate | null {
  let start = result.index;
  let end = result.index + result.text.replace(/[\s,.;:]+$/, '').length;
  const phraseText = sentence.slice(start, end);
  if (DURATION.test(phraseText) || SPAN_OF_TIME.test(phraseText) || ANCHORED_ELSEWHERE.test(phraseText) || /^[\s-]*(?:long|old)\b/i.test(sentence.slice(end))) return null;
  if (/\bweekend\b/i.test(phraseText)) return null; // handled by resolveWeekend
  if (/\b(?:week|month|year)s?\b/i.test(phraseText) && !/\d/.test(phraseText)) return null; // "last week": no day
  if (!DAY_WORD.test(phraseText)) return null; // "for a second", "noon": times, not days
  const known = result.start;
  const lead = LEADING_QUALIFIER.exec(sentence.slice(Math.max(0, start - 16), start));
  if (lead) start -= sentence.slice(Math.max(0, start - 16), start).length - lead.index;
  const phrase = sentence.slice(start, end);
  const relativeDay = /\b(today|tonight|yesterday|tomorrow)\b/i.exec(phrase)?.[1]?.toLowerCase();
  if (relativeDay) {
    const shift = relativeDay === 'yesterday' ? -1 : relativeDay === 'tomorrow' ? 1 : 0;
    const date = addDays(publishedAt, shift);
    return { date, endDate: null, start, end, basis: { kind: 'relative', phrase, note: `"${relativeDay}" from publication (${publishedAt}), ${date}` } };
  }
  if (/\bago\b/i.test(phrase)) {
    // "a few days ago", "several weeks ago": no day can be named.
    if (/\b(?:few|several|some|couple|many|number)\b/i.test(phrase)) return null;
    const date = toIso(known.date());
    return { date, endDate: null, start, end, basis: { kind: 'relative', phrase, note: `${phrase}, counted back from publication (${publishedAt}), ${date}` } };
  }
  if (known.isCertain('day') && known.isCertain('month')) {
    let date = toIso(known.date());
    // "On 2 June, the sides met", written in March: last year's June, not this year's.
    if (!known.isCertain('year') && date > addDays(publishedAt, 60) && tenseAround(sentence, start, end) === 'past') {
      date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    }
    const explicit = known.isCertain('year') ? 'written in full' : `year taken from the publication date`;
    const range = dayRange(sentence, start, end, date);
    if (range) {
      const whole = sentence.slice(start, range.end);
      return { date, endDate: range.endDate, start, end: range.end, basis: { kind: 'explicit', phrase: whole, note: `${whole}: ${explicit}, ${date} to ${range.endDate}` } };
    }
    return { date, endDate: null, start, end, basis: { kind: 'explicit', phrase, note: `${phrase}: ${explicit}, ${date}` } };
  }
  if (known.isCertain('weekday') && !known.isCertain('day')) {
    const weekday = known.get('weekday') ?? 0;
    const direction = weekdayDirection(sentence, start, end);
    const date = weekdayNear(publishedAt, weekday, direction);
    const note = `the ${WEEKDAY_NAMES[weekday]} ${DIRECTION_WORDS[direction]} publication (${publishedAt}), ${date}`;
    return { date, endDate: null, start, end, basis: { kind: 'relative', phrase, note } };
  }
  return null; // months or years alone, weeks, times of day: too vague to place an event
}

/** "between March 11 and 13", "from June 20 to 30", "May 6-8": a span of days in one month. */
const RANGE_LEAD = /\b(?:between|from)\s+(?:the\s+)?$/i;
const RANGE_TAIL = /^\s*(?:and|to|through|until|-|–)\s*(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?=\s*(?:[.,;)]|$|\s(?:in|at|on|and|or|but|when|with)\b))/;

function dayRange(sentence: string, start: number, end: number, date: string): { end: number; endDate: string } | null {
  const tail = RANGE_TAIL.exec(sentence.slice(end));
  if (!tail?.[1]) return null;
  const dash = /^\s*[-–]/.test(sentence.slice(end));
  if (!dash && !RANGE_LEAD.test(sentence.slice(Math.max(0, start - 16), start))) return null;
  const last = Number(tail[1]);
  if (last <= Number(date.slice(8, 10)) || last > 31) return null;
  const endDate = `${date.slice(0, 8)}${String(last).padStart(2, '0')}`;
  return toIso(new Date(`${endDate}T00:00:00Z`)) === endDate ? { end: end + tail[0].length, endDate } : null;
}

const DIRECTION_WORDS = {
  back: 'on or before',
  ahead: 'on or after',
  next: 'after',
  last: 'before',
  nearest: 'nearest to',
} as const;

function weekdayDirection(sentence: string, start: number, end: number): keyof typeof DIRECTION_WORDS {
  const lead = sentence.slice(Math.max(0, start - 24), end).toLowerCase();
  if (/\b(?:following|next|coming)\s+\w+day\b/.test(lead)) return 'next';
  if (/\blast\s+\w+day\b/.test(lead)) return 'last';
  const tense = tenseAround(sentence, start, end);
  return tense === 'ahead' ? 'ahead' : tense === 'past' ? 'back' : 'nearest';
}

function overlaps(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.start < b.end && b.start < a.end;
}

