// chrono-node runs all eighteen of its English parsers over every sentence it is given.
// Most of them can only match a sentence holding a certain word: a month name, a weekday,
// "ago", a digit. A parser that cannot match finds nothing, and leaving it out changes
// nothing: chrono sorts the other parsers' results by position and refines them as before.
// So each sentence goes to a copy of the configuration without the parsers it cannot
// wake, which cut chrono's time by about a fifth on the 10,000-article corpus.
import { chronoEn } from './chrono.ts';
import { mayMatch, WordGate, type GateWords } from './word-gate.ts';

type Chrono = typeof chronoEn.casual;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Words one of which each parser's pattern needs, read from chrono-node 2.10's English
 * patterns (every month and weekday spelling starts with one of these three letters).
 */
export const PARSER_WORDS: Readonly<Record<string, readonly string[]>> = {
  ENMonthNameLittleEndianParser: MONTHS,
  ENMonthNameMiddleEndianParser: MONTHS,
  ENMonthNameParser: MONTHS,
  ENYearMonthNameParser: MONTHS,
  // Also "weekend" and "weekday".
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  // "last night" holds "night".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  // "afternoon" holds "noon", "midnight" holds "night".
  ENCasualTimeParser: ['morning', 'noon', 'evening', 'night', 'midday'],
  // "end of the month": "month" starts with "mon", a word of the weekday parser.
  ENEndOfCurrentMonthParser: ['mon'],
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  // "from now" holds "now".
  ENTimeUnitLaterFormatParser: ['later', 'after', 'now', 'henceforth', 'forward', 'out'],
};

/** Parsers whose patterns need a digit. */
export const DIGIT_PARSERS: readonly string[] = ['ISOFormatParser', 'SlashDateFormatParser', 'ENYearMonthDayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser'];

/** Parsers run on every sentence: "in", "for", "+" and "-" are in nearly all of them. */
export const UNGATED_PARSERS: readonly string[] = ['ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser'];

const casual = chronoEn.casual;
const parserNames: string[] = casual.parsers.map((parser) => parser.constructor.name);
const gatedNames = Object.keys(PARSER_WORDS);
const gate = new WordGate(gatedNames.map((name) => PARSER_WORDS[name]!));
/** Per parser of the configuration: its bit in the gate's answer, or -1 for a digit, or null. */
const need = parserNames.map((name) => (gatedNames.includes(name) ? gatedNames.indexOf(name) : DIGIT_PARSERS.includes(name) ? -1 : null));
const DIGIT = /\d/;
/** One trimmed configuration per set of parsers kept; a few hundred at most. */
const byKept = new Map<number, Chrono>();

/** chrono's casual English configuration without the parsers that cannot match `sentence` (whose gate words `read` are, if given). */
export function chronoFor(sentence: string, read?: GateWords): Chrono {
  const words = gate.patternsIn(read ?? sentence);
  const digit = DIGIT.test(sentence);
  let kept = 0;
  need.forEach((bit, i) => {
    if (bit === null || (bit === -1 ? digit : mayMatch(words, bit))) kept |= 1 << i;
  });
  let chrono = byKept.get(kept);
  if (!chrono) {
    chrono = casual.clone();
    chrono.parsers = casual.parsers.filter((_parser, i) => (kept & (1 << i)) !== 0);
    byKept.set(kept, chrono);
  }
  return chrono;
}
