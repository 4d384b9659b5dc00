// What a language gives for the people an article names: see actors/named/.

/** People named in an article (actors/named/): role and title words, and capitalised words that are no name. */
export interface ActorLexicon {
  /** Offices and trades, lower-case: "minister", "spokesman", "analyst". */
  readonly ROLE_WORD: ReadonlySet<string>;
  /** Any of ROLE_WORD in a text. */
  readonly ROLE_NEAR: RegExp;
  /** Trades whose words are commentary, not a party's voice: "analyst". */
  readonly COMMENTARY_WORD: ReadonlySet<string>;
  /** Capitalised words that begin sentences or name things, never a person's first name. */
  readonly NOT_A_NAME: ReadonlySet<string>;
  /** Lower-case words that may sit inside a title before a role word: "defence". */
  readonly TITLE_MODIFIER: ReadonlySet<string>;
  /** Small words a title may run through: "of", "the". */
  readonly TITLE_CONNECTIVE: ReadonlySet<string>;
  /** Words that end a name run after its first word: "Fleet", "Party". */
  readonly NOT_IN_NAME: ReadonlySet<string>;
}
