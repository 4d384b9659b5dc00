// Quantities written in a sentence: digits with separators (17,200), number words
// ("seven"), scale words (2 million, £380m, 1.5bn), percentages, ranges ("between 5
// and 7", "5-7") and the hedge before them ("more than", "about", "up to").
// What the number counts is decided later (claims.ts); here we only say what kind
// of number it is, so that years, ordinals, money and durations can be left out.

export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'year' | 'ordinal' | 'age' | 'decimal';

export interface Quantity {
  value: number;
  valueHigh: number | null;
  qualifier: string | null;
  kind: QuantityKind;
  /** Offsets within the sentence, from the qualifier (if any) to the last digit or scale word. */
  start: number;
  end: number;
}

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

/**
 * Every quantity holds a digit or a number word: a sentence with neither skips the costlier scan.
 * Two tests, not one alternation: a sentence with a digit is then answered by the quick one.
 */
const DIGIT = /\d/;
const NUMBER_WORD = new RegExp(`(?:${Object.keys(WORD_VALUES).join('|')})\\b`, 'i');

export function findQuantities(sentence: string): Quantity[] {
  if (!DIGIT.test(sentence) && !NUMBER_WORD.test(sentence)) return [];
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
    const [whole, qualifier, currency, digits, scale, percent] = m;
    if (!whole || !digits) continue;
    const numberStart = m.index + whole.indexOf(digits, (qualifier?.length ?? 0) + (currency?.length ?? 0));
    const before = sentence[numberStart - 1] ?? ' ';
    if (/[\p{L}\p{N}.]/u.test(before) && !currency) continue; // inside a word or a longer number
    // "no one was hurt", "one of the …": a pronoun, not a count.
    if (/^one$/i.test(digits) && (/\b(?:no|every|some|any)\s+$/i.test(sentence.slice(Math.max(0, numberStart - 8), numberStart)) || /^\s+(?:of|another)\b/i.test(sentence.slice(numberStart + 3)))) continue;
    let end = m.index + whole.length;
    const value = parseNumber(digits) * (scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
    let valueHigh: number | null = null;
    const range = RANGE_TAIL.exec(sentence.slice(end, end + 40));
    const isBetween = qualifier?.toLowerCase() === 'between';
    if (range?.[1] && (isBetween || /^\s*(?:-|–|to)/.test(range[0])) && !percent) {
      valueHigh = parseNumber(range[1]) * (range[2] ? SCALES[range[2].toLowerCase()] ?? 1 : scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
      end += range[0].length;
    }
    const rest = sentence.slice(end, end + 24);
    const classified = classify(sentence, numberStart, digits, rest, Boolean(currency), Boolean(percent));
    const kind = classified === 'decimal' && scale ? 'count' : classified;
    // "handed over 1,000 prisoners": "over" belongs to the verb, not to the number.
    const phrasalVerb = qualifier && /^(?:over|up to)$/i.test(qualifier) && PHRASAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index));
    const hedge = isBetween || phrasalVerb ? null : qualifier ? qualifier.toLowerCase() : null;
    found.push({ value, valueHigh, qualifier: hedge, kind, start: m.index, end });
    QUANTITY.lastIndex = end;
  }
  return found;
}

function classify(sentence: string, numberStart: number, digits: string, rest: string, currency: boolean, percent: boolean): QuantityKind {
  if (currency || MONEY_WORD.test(rest)) return 'money';
  if (percent) return 'percent';
  if (/^(?:st|nd|rd|th)\b/i.test(rest)) return 'ordinal';
  if (/^[\p{L}]/u.test(rest) && !/^\s/.test(rest)) return 'ordinal';
  if (DURATION_NOUN.test(rest)) return 'duration';
  if (/^\d{4}$/.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100) return 'year';
  if (/\b(?:age[ds]?(?: of)?|aged|under|over the age of)\s*$/i.test(sentence.slice(Math.max(0, numberStart - 20), numberStart))) return 'age';
  if (/^\s*(?:-\s*)?years?[\s-]old\b/i.test(rest)) return 'age';
  if (/^\d+\.\d+$/.test(digits)) return 'decimal';
  return 'count';
}

function parseNumber(text: string): number {
  const word = WORD_VALUES[text.toLowerCase()];
  if (word !== undefined) return word;
  if (/^\d{1,3}(?:,\d{3})+\.\d{3}$/.test(text)) return Number(text.replace(/[,.]/g, ''));
  return Number(text.replace(/[,\s]/g, ''));
}
