// What a language gives for figures: see reading/numbers.ts.

/** Figures (reading/numbers.ts): number and scale words, hedges, and what kind of number one is. */
export interface NumberLexicon {
  /** Number words and their values, lower-case: "seven" 7, "dozen" 12. */
  readonly WORD_VALUES: Readonly<Record<string, number>>;
  /** Scale words and abbreviations, lower-case: "million", "bn". */
  readonly SCALES: Readonly<Record<string, number>>;
  /** A figure (global). Groups: 1 hedge, 2 currency sign, 3 the number, 4 scale word, 5 percent. */
  readonly QUANTITY: RegExp;
  /** The rest of a range, right after a figure: "to 7 million". Groups: 1 the number, 2 scale word. */
  readonly RANGE_TAIL: RegExp;
  /** Any number word: a sentence with no digit and none of these is not scanned. */
  readonly NUMBER_WORD: RegExp;
  /** The hedge that opens a range ("between 5 and 7"), lower-case: not kept as a hedge. */
  readonly RANGE_QUALIFIER: string;
  /** Starts a range tail that makes a range without RANGE_QUALIFIER: "5-7", "5 to 7". */
  readonly RANGE_JOIN: RegExp;
  /** The number word that is also a pronoun ("no one", "one of"), with what makes it one before and after. */
  readonly ONE: RegExp;
  readonly ONE_PRONOUN_BEFORE: RegExp;
  readonly ONE_PRONOUN_AFTER: RegExp;
  /** Hedges that may be a verb's particle ("over"), and the verbs that take them ("handed over 1,000"). */
  readonly PHRASAL_QUALIFIER: RegExp;
  readonly PHRASAL_BEFORE: RegExp;
  /** Starts the text after a figure that is money: "dollars". */
  readonly MONEY_WORD: RegExp;
  /** Starts the text after an ordinal's digits: "th". */
  readonly ORDINAL_SUFFIX: RegExp;
  /** Starts the text after a duration: "days". */
  readonly DURATION_NOUN: RegExp;
  /** Ends the text before an age ("aged"), and starts the text after one ("years old"). */
  readonly AGE_BEFORE: RegExp;
  readonly AGE_AFTER: RegExp;
}
