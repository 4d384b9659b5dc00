// English numbers: number words ("seven", "a dozen"), scale words ("2 million", "1.5bn"),
// the hedges before a figure ("more than", "up to"), and the words that say a number is
// money, a duration, an age or an ordinal rather than a count. Matched by reading/numbers.ts.
import type { NumberLexicon } from '../types.ts';

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };
const QUALIFIERS = 'more than|fewer than|less than|about|around|approximately|roughly|nearly|almost|up to|at least|over|some|as many as|close to|an estimated|between';
// "1,020,010"; "1 212" and "6 000" (a space between thousands, as much European copy writes them);
// "1,020.010" (a dot slipped in for a comma: three digits after it and commas before mean thousands).
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,]\\d)|\\d+(?:\\.\\d+)?|(?:${Object.keys(WORD_VALUES).join('|')})\\b`;
const QUANTITY = new RegExp(
  `(?:\\b(${QUALIFIERS})\\s+)?(US\\$|[£$€])?(${NUMBER})(?:\\s?(million|billion|thousand|bn|mn|m|k)\\b)?(\\s?(?:%|per ?cent\\b|percent\\b))?`,
  'gi',
);
const RANGE_TAIL = new RegExp(`^\\s*(?:-|–|to|and)\\s*(${NUMBER})(?:\\s?(million|billion|thousand|bn|m|k)\\b)?`, 'i');
const PHRASAL_BEFORE = /\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|ook|aken|aking)|sign(?:s|ed|ing)?|pass(?:es|ed|ing)?|won|w(?:in|ins)|g(?:ive|ave|iven)|took|brought|br(?:ing|ings))\s+$/i;
const DURATION_NOUN = /^(?:\s*|-)(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?)\b/i;
const MONEY_WORD = /^\s*(?:dollars|euros|pounds|roubles|rubles|hryvnias?|usd|eur)\b/i;

/** A sentence with no digit and none of these holds no quantity. */
const NUMBER_WORD = new RegExp(`(?:${Object.keys(WORD_VALUES).join('|')})\\b`, 'i');

export const numbers: NumberLexicon = {
  WORD_VALUES,
  SCALES,
  QUANTITY,
  RANGE_TAIL,
  NUMBER_WORD,
  RANGE_QUALIFIER: 'between',
  RANGE_JOIN: /^\s*(?:-|–|to)/,
  ONE: /^one$/i,
  ONE_PRONOUN_BEFORE: /\b(?:no|every|some|any)\s+$/i,
  ONE_PRONOUN_AFTER: /^\s+(?:of|another)\b/i,
  PHRASAL_QUALIFIER: /^(?:over|up to)$/i,
  PHRASAL_BEFORE,
  MONEY_WORD,
  ORDINAL_SUFFIX: /^(?:st|nd|rd|th)\b/i,
  DURATION_NOUN,
  AGE_BEFORE: /\b(?:age[ds]?(?: of)?|aged|under|over the age of)\s*$/i,
  AGE_AFTER: /^\s*(?:-\s*)?years?[\s-]old\b/i,
};
