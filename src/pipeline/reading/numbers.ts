// Quantities written in a sentence: digits with separators (17,200), number words
// ("seven"), scale words (2 million, £380m, 1.5bn), percentages, ranges ("between 5
// and 7", "5-7") and the hedge before them ("more than", "about", "up to").
// What the number counts is decided later (claims.ts); here we only say what kind
// of number it is, so that years, ordinals, money and durations can be left out.

import type { NumberLexicon } from '../language/types.ts';

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

/**
 * Every quantity holds a digit or a number word: a sentence with neither skips the costlier scan.
 * Two tests, not one alternation: a sentence with a digit is then answered by the quick one.
 */
const DIGIT = /\d/;

/** The quantities in `sentence`, read with the language's number words (language/en/numbers.ts). */
export function findQuantities(sentence: string, lexicon: NumberLexicon): Quantity[] {
  const { QUANTITY, RANGE_TAIL, SCALES } = lexicon;
  if (!DIGIT.test(sentence) && !lexicon.NUMBER_WORD.test(sentence)) return [];
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
    const [whole, qualifier, currency, digits, scale, percent] = m;
    if (!whole || !digits) continue;
    const numberStart = m.index + whole.indexOf(digits, (qualifier?.length ?? 0) + (currency?.length ?? 0));
    const before = sentence[numberStart - 1] ?? ' ';
    if (/[\p{L}\p{N}.]/u.test(before) && !currency) continue; // inside a word or a longer number
    // "no one was hurt", "one of the …": a pronoun, not a count.
    if (lexicon.ONE.test(digits) && (lexicon.ONE_PRONOUN_BEFORE.test(sentence.slice(Math.max(0, numberStart - 8), numberStart)) || lexicon.ONE_PRONOUN_AFTER.test(sentence.slice(numberStart + digits.length)))) continue;
    let end = m.index + whole.length;
    const value = parseNumber(digits, lexicon) * (scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
    let valueHigh: number | null = null;
    const range = RANGE_TAIL.exec(sentence.slice(end, end + 40));
    const isBetween = qualifier?.toLowerCase() === lexicon.RANGE_QUALIFIER;
    if (range?.[1] && (isBetween || lexicon.RANGE_JOIN.test(range[0])) && !percent) {
      valueHigh = parseNumber(range[1], lexicon) * (range[2] ? SCALES[range[2].toLowerCase()] ?? 1 : scale ? SCALES[scale.toLowerCase()] ?? 1 : 1);
      end += range[0].length;
    }
    const rest = sentence.slice(end, end + 24);
    const classified = classify(sentence, numberStart, digits, rest, Boolean(currency), Boolean(percent), lexicon);
    const kind = classified === 'decimal' && scale ? 'count' : classified;
    // "handed over 1,000 prisoners": "over" belongs to the verb, not to the number.
    const phrasalVerb = qualifier && lexicon.PHRASAL_QUALIFIER.test(qualifier) && lexicon.PHRASAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index));
    const hedge = isBetween || phrasalVerb ? null : qualifier ? qualifier.toLowerCase() : null;
    found.push({ value, valueHigh, qualifier: hedge, kind, start: m.index, end });
    QUANTITY.lastIndex = end;
  }
  return found;
}

function classify(sentence: string, numberStart: number, digits: string, rest: string, currency: boolean, percent: boolean, lexicon: NumberLexicon): QuantityKind {
  if (currency || lexicon.MONEY_WORD.test(rest)) return 'money';
  if (percent) return 'percent';
  if (lexicon.ORDINAL_SUFFIX.test(rest)) return 'ordinal';
  if (/^[\p{L}]/u.test(rest) && !/^\s/.test(rest)) return 'ordinal';
  if (lexicon.DURATION_NOUN.test(rest)) return 'duration';
  if (/^\d{4}$/.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100) return 'year';
  if (lexicon.AGE_BEFORE.test(sentence.slice(Math.max(0, numberStart - 20), numberStart))) return 'age';
  if (lexicon.AGE_AFTER.test(rest)) return 'age';
  if (/^\d+\.\d+$/.test(digits)) return 'decimal';
  return 'count';
}

function parseNumber(text: string, lexicon: NumberLexicon): number {
  const word = lexicon.WORD_VALUES[text.toLowerCase()];
  if (word !== undefined) return word;
  if (/^\d{1,3}(?:,\d{3})+\.\d{3}$/.test(text)) return Number(text.replace(/[,.]/g, ''));
  return Number(text.replace(/[,\s]/g, ''));
}
