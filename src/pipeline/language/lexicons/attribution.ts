// What a language gives for who says something: see reading/attribution.ts and reading/speakers/.

/** Who says something (reading/attribution.ts, reading/speakers/): speech verbs and the words around them. */
export interface AttributionLexicon {
  /** Verbs that report speech (global): "said", "told", "according to". */
  readonly SPEECH_VERB: RegExp;
  /** The same without its global flag, for a plain test. */
  readonly SPEECH_VERB_ONCE: RegExp;
  /** Verbs (lower-case, as matched) that may come before their speaker: "said Mustafa Aydin". */
  readonly INVERTIBLE: RegExp;
  /** Ends the text before a speech verb's spelling used as a noun: "these [claims]". */
  readonly DETERMINER_BEFORE: RegExp;
  /** Ends the text before a verb whose subject is a pronoun: "he has [said]". */
  readonly PRONOUN_BEFORE: RegExp;
  /** Words that make an aside a clause about the subject rather than its name: "headed by". */
  readonly APPOSITIVE_CLAUSE: RegExp;
  /** Ends the text before a passive verb, which names no speaker before it: "was [said]". */
  readonly PASSIVE_BEFORE: RegExp;
  /** What may stand between an inverted verb and its speaker: titles, no clause. */
  readonly TITLE_GAP: RegExp;
  /** A pronoun that speaks: "he added". */
  readonly PRONOUN_SPEAKS: RegExp;
  /** Ends the text before a name the speaker serves ("adviser to"), so not the speaker. */
  readonly SERVES_BEFORE: RegExp;
  /** Ends the text before a name that is a place ("in"), passed over when someone else is named. */
  readonly LOCATIVE_BEFORE: RegExp;
}
