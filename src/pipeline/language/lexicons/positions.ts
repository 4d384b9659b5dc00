// What a language gives for stated positions: see extractors/positions.ts and positions/.
import type { Stance } from '../../../schema/bundle.ts';
import type { PropositionId } from '../../../schema/propositions.ts';
import type { WordGate } from '../../reading/word-gate.ts';

/** Stated positions (extractors/positions.ts and positions/): propositions, stance cues, and what voids or turns them. */
export interface PositionLexicon {
  /** Each proposition's pattern (global), and words one of which every match of it holds (see reading/word-gate.ts). */
  readonly TOPICS: ReadonlyArray<readonly [proposition: PropositionId, pattern: RegExp, words: readonly string[]]>;
  /** One pass for TOPICS' words: bit i set, topic i may match. */
  readonly TOPIC_GATE: WordGate;
  /** Stance verbs (global patterns), in the order they are looked for. */
  readonly STANCE_CUES: ReadonlyArray<readonly [Stance, RegExp]>;
  /** Between cue and topic, turns "for" into "against": "drop plans to join". */
  readonly REVERSING: RegExp;
  /** Right after a topic, reverses it: "sanctions relief". */
  readonly REVERSING_AFTER: RegExp;
  /** A new clause between cue and topic. */
  readonly CLAUSE_BETWEEN: RegExp;
  /** A condition: "if", "unless", "in exchange for". */
  readonly CONDITION: RegExp;
  /** Ends the text before a topic accepted once a demand is met: "before agreeing to any". */
  readonly CONDITIONAL_ACCEPT: RegExp;
  /** Ends the text before a cue in a hedged clause: "unclear whether". */
  readonly HEDGED_BEFORE: RegExp;
  /** Ends the text before a negated cue: "does not". */
  readonly NEGATED_BEFORE: RegExp;
  /** For-cues whose negation is a refusal ("want", "ready"), tested on the cue. */
  readonly NEGATABLE_FOR: RegExp;
  /** Ends a clause's text before a cue that is a guess at aims: "is likely". */
  readonly INFERRED_BEFORE: RegExp;
  /** Words that report a statement: "said", "according to". */
  readonly REPORTED: RegExp;
  /** A sentence framed as commentary: "analysts say". */
  readonly COMMENTARY_FRAME: RegExp;
  /** Ends the text before a ceasefire word that names a short or local pause: "a 30-hour". */
  readonly LIMITED_PAUSE_BEFORE: RegExp;
  /** Starts the text after one: "in some areas". */
  readonly LIMITED_PAUSE_AFTER: RegExp;
  /** Ends the text before a cue that is a noun: "the [offer]". */
  readonly NOUN_BEFORE: RegExp;
  /** Between two cues, keeps the earlier from governing the later: "and", "but". */
  readonly COORDINATION: RegExp;
  /** Where the text after a topic stops being about it (split on it). */
  readonly TOPIC_CLAUSE_END: RegExp;
  /** Clause breaks (global): "; ", ", but ", "if ". */
  readonly CLAUSE_BREAK: RegExp;
  /** Starts the text after a name that is its verb's subject: " has said". */
  readonly VERB_AFTER: RegExp;
  /** All the text between a subject and its cue: " has repeatedly". */
  readonly DIRECT_SUBJECT: RegExp;
  /** Ends the text before a clause that is a hypothesis: "if ". */
  readonly HYPOTHETICAL: RegExp;
  /** Starts the text after a name that reports ("said"), or ends the text before one ("according to"). */
  readonly REPORTS_AFTER: RegExp;
  readonly REPORTS_BEFORE: RegExp;
  /** All the text between two names of one joint subject: " and ". */
  readonly JOINED: RegExp;
  /** A sentence opening with a subject pronoun (group 1), standing for the sentence before's subject. */
  readonly PRONOUN_SUBJECT: RegExp;
}
