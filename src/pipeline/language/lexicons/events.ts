// What a language gives for talks events: see reading/event-cues.ts and the events extractor.
import type { EventKind } from '../../../schema/bundle.ts';
import type { WordGate } from '../../reading/word-gate.ts';

/** Talks events (reading/event-cues.ts): the words that make one, and where it takes place. */
export interface EventLexicon {
  /** Each kind's pattern (global), and words one of which every match of it holds. */
  readonly CUE_PATTERNS: ReadonlyArray<readonly [kind: EventKind, pattern: RegExp, words: readonly string[]]>;
  /** One pass for CUE_PATTERNS' words: bit i set, pattern i may match. */
  readonly CUE_GATE: WordGate;
  /** Someone acting on sanctions ("imposed", "adopted"): without it "sanctions" is no event. */
  readonly SANCTIONS_ACTION: RegExp;
  /**
   * A place named as one (global). Group 1 or 2: a city; group 3: a country; group 4: the
   * seat of the Russian government, read as Moscow.
   */
  readonly PLACE: RegExp;
  /** "the resort city", "the capital": a city named in the sentences before. */
  readonly CITY_ANAPHOR: RegExp;
  /** Between an event word and a date, puts them in different clauses: ", but". */
  readonly NEW_CLAUSE: RegExp;
  /** Ends the text before a second event told after the first, the same day: ", then". */
  readonly THEN: RegExp;
  /** Speech verbs (global): a date nearer one is when something was said. */
  readonly SPEECH: RegExp;
  /** An agreement reached ("agreement", "deal"), and the verb of one ("agreed"). */
  readonly AGREEMENT: RegExp;
  readonly AGREED_VERB: RegExp;
  /** The words of a prisoner exchange that say it was done: "were freed". */
  readonly SWAP_DONE: RegExp;
  /** Ends the text before a date that is a deadline ("no later than"), and a demand in the sentence. */
  readonly DEADLINE_LEAD: RegExp;
  readonly DEMAND: RegExp;
  /** A sentence about the past in general or about what might happen: no event of the day. */
  readonly NOT_THE_DAY: RegExp;
  /** "the exchange", "this swap" alone (group 1 the noun): a prisoner exchange when one was named just before. */
  readonly BARE_EXCHANGE: RegExp;
  /** Talk about a topic ("were discussed"): an exchange only discussed is no exchange held. */
  readonly DISCUSSED: RegExp;
  /** Just before a date, the verb that says an event took place ("concluded in Istanbul"). */
  readonly TOOK_PLACE: RegExp;
  /** Just before an event word, a verb that puts it forward ("suggested the idea of"). */
  readonly PUT_FORWARD: RegExp;
  /** Global: an aside about someone between commas (", who heads the delegation,"). */
  readonly ASIDE: RegExp;
  /** An event's status (extractors/event-status.ts): agreed, proposed, planned, and a proposal right before the event word. */
  readonly AGREED: RegExp;
  readonly PROPOSED: RegExp;
  readonly PLANNED: RegExp;
  readonly PROPOSED_JUST_BEFORE: RegExp;
  /** Who takes part (extractors/participants.ts): before a name that is a place ("in the"). */
  readonly LOCATIVE: RegExp;
  /** Between a state and a person it is only the title of: "Turkish Foreign Minister". */
  readonly TITLE_GAP: RegExp;
  /** Words that open a new clause (global). */
  readonly CLAUSE_BREAK: RegExp;
  /** After an event word, the body that met ("of NATO ministers"; group 1). */
  readonly OF_BODY: RegExp;
  /** "between A and B" (group 1: the sides), and the talks noun before it that it belongs to. */
  readonly BETWEEN: RegExp;
  readonly TALKS_NOUN: RegExp;
}
