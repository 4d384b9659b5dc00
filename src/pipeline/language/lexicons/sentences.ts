// What a language gives for splitting sentences: see sentences.ts.

/** Sentence splitting (sentences.ts): the segmenter for the language, and stops that end no sentence. */
export interface SentenceLexicon {
  /** Built once: Intl.Segmenter with the language's locale, sentence granularity. */
  readonly segmenter: Intl.Segmenter;
  /** A piece ending with an abbreviation and its full stop: "Mr.", "Sept.". */
  readonly ABBREVIATION: RegExp;
  /** A piece ending with initials: "U.S.", "John F.". */
  readonly INITIALS: RegExp;
}
