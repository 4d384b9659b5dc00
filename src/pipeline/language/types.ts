// What a language configuration holds: the date parser and, per domain, the words and cue
// patterns the pipeline reads with. The code that matches them lives in the reading and the
// extractors and takes them from the configuration it is handed (`ctx.language`), so another
// language is another set of these, not another copy of the code. Patterns are built once,
// when the configuration loads: the code runs them on every sentence.
import type { ClaimMetric, EventKind, Stance } from '../../schema/bundle.ts';
import type { PropositionId } from '../../schema/propositions.ts';
import type { chronoEn } from '../reading/chrono.ts';
import type { WordGate } from '../reading/word-gate.ts';

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
}

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

/** A family of military equipment: a figure followed by its words counts it. */
export interface EquipmentFamily {
  /** The rule id recorded on what it reads: "metric/tanks". */
  id: string;
  /** Anchored at the words after a number; group 1 is the noun phrase as written. */
  pattern: RegExp;
  /** What a figure of it is when the sentence counts losses. */
  metric: ClaimMetric;
  /** Also when the sentence counts an attack with them (drones). */
  attackToo: boolean;
}

/** What happened to the people a number counts: "were killed", "fled". */
export interface OutcomeWord {
  /** Part of the rule id recorded on what it reads: "outcome/after-noun/killed". */
  id: string;
  metric: ClaimMetric;
  /** Global. */
  pattern: RegExp;
  /** Read only next to the number, never from the sentence as a whole ("lost"). */
  nearOnly?: boolean;
}

/** The words around a figure that say what it counts (extractors/claims/figures.ts, one rule each). */
export interface FigureWords {
  /** Bodies handed over: before the figure ("the bodies of"), or after it ("bodies"; group 1 the noun). */
  readonly BODIES_OF: RegExp;
  readonly BODIES_AFTER: RegExp;
  /** Before a figure of a swap: "a prisoner swap involving". */
  readonly SWAP_OF: RegExp;
  /** A swap counted per side: after the first figure ("-for-2,500"), before the second ("1,000 for"). */
  readonly FOR_FORMAT: RegExp;
  readonly FOR_SECOND: RegExp;
  /** Before people handed back: "in return for". */
  readonly RETURNED_FOR: RegExp;
  /** After a figure counted per side: "on each side". */
  readonly EACH_SIDE: RegExp;
  /** A sentence about an exchange. */
  readonly EXCHANGE_WORD: RegExp;
  /** A total with its noun before it ("death toll rose to"; group 1 the noun), what may follow it, and which nouns count the dead. */
  readonly TOTAL_BEFORE: RegExp;
  readonly TOTAL_AFTER: RegExp;
  readonly TOTAL_KILLED: RegExp;
  /** After a figure, its outcome with no noun ("were killed"; group 1 the outcome), and each outcome's metric (lower-case). */
  readonly BARE_OUTCOME: RegExp;
  readonly OUTCOME_METRIC: Readonly<Record<string, ClaimMetric>>;
  /** After a figure of people fleeing: "of those fleeing". */
  readonly FLEEING: RegExp;
  /** After a figure of more of the same: "more". */
  readonly MORE: RegExp;
  /** Before a part of the figure before ("including"), and the nouns of people it may name. */
  readonly PART_OF: RegExp;
  readonly PART_PEOPLE: RegExp;
  /** A figure right after its verb ("and injured"; group 1 the verb), the verb that kills, and what may follow it. */
  readonly VERB_THEN_FIGURE: RegExp;
  readonly VERB_KILLED: RegExp;
  readonly NO_NOUN_AFTER: RegExp;
  /** After a figure that is part of a whole: "of the 60". */
  readonly PART_OF_WHOLE: RegExp;
  /** Sticky, at a name's end: its side lost the figure ("'s forces have lost"). */
  readonly OWN_LOSS_VERB: RegExp;
  /** Ends the text before a date the counting began ("since"), or counts up to ("as of"). */
  readonly PERIOD_START: RegExp;
  readonly AS_OF: RegExp;
  /** Ends the text before a second figure for another place, its noun left out: ", and Germany". */
  readonly ELLIPTIC_PLACE: RegExp;
}

/** Bodies that publish figures, and whether anyone checked one (claims/bodies.ts, headline.ts, verification.ts, claims.ts). */
export interface SourceWords {
  /** Bodies that publish figures (global), and the same without the flag. */
  readonly BODY: RegExp;
  readonly BODY_ANY: RegExp;
  /** Between a country and its body ("Ukraine's "), and after a body, its country ("of Ukraine"). */
  readonly COUNTRY_GAP: RegExp;
  readonly OF_COUNTRY: RegExp;
  /** A headline naming its source: "Kyiv says" (group 1: the source). */
  readonly HEADLINE_SAYS: RegExp;
  /** The article saying a figure could not be checked, and the words by which it reaches back to figures before. */
  readonly UNVERIFIED: RegExp;
  readonly REACHES_BACK: RegExp;
  /** A body that counted a figure itself ("has verified"), and the words that say it checked. */
  readonly CHECKED_BY: RegExp;
  readonly CHECKED_WORDS: RegExp;
  /** Words that cast doubt on a figure: "allegedly". */
  readonly DOUBTED: RegExp;
}

/** Who makes a claim (extractors/claims/claimant.ts, one rule each). */
export interface ClaimantWords {
  /** Speech and reporting verbs (global), and the same without the flag. */
  readonly SOURCE_VERB: RegExp;
  readonly SOURCE_VERB_ANY: RegExp;
  /** A body speaking: its verb after it (group 1: what stands between), and what may stand there. */
  readonly VERB_AFTER_BODY: RegExp;
  readonly BODY_TO_VERB: RegExp;
  /** A body cited: the citing words before it (group 1: what stands between), and what may stand there. */
  readonly CITED_BEFORE: RegExp;
  readonly VERB_TO_BODY: RegExp;
  /** A name the actor list does not hold, before or after a speech verb (global; group 1 the name), and words that are no name. */
  readonly NAME_BEFORE_VERB: RegExp;
  readonly NAME_AFTER_VERB: RegExp;
  readonly NOT_A_NAME: RegExp;
  /** What may stand between a body or country and a person it introduces: titles. */
  readonly TITLE_WORDS: RegExp;
  /** A speaker named by a common noun ("the ministry said"; group 1 the noun phrase), and the nouns of a body. */
  readonly UNNAMED_SPEAKER: RegExp;
  readonly UNNAMED_BODY: RegExp;
  /** A pronoun speaking: "he said", "according to them". */
  readonly PRONOUN_SPEAKER: RegExp;
  /** Verbs (the whole match of SOURCE_VERB) whose subject is the source: "estimated". */
  readonly ASSESSING_VERB: RegExp;
  /** An institution named before, speaking again: "the army also claimed". */
  readonly INSTITUTION_ANAPHOR: RegExp;
  /** A sentence opening with a pronoun source: "It said". */
  readonly PRONOUN_SOURCE: RegExp;
  /** Sources the actor list does not hold: "officials", "analysts". */
  readonly OTHER_SOURCE: RegExp;
}

/** Claimed figures (extractors/claim-metrics.ts, claims/equipment.ts): what a number counts. */
export interface ClaimLexicon {
  /** People, as the noun after a number: "troops", "civilians" (the whole word). */
  readonly HUMAN: RegExp;
  /** Counted events and places: "attacks", "targets" (the whole word). */
  readonly THINGS: RegExp;
  /** A sentence that says what was done to THINGS: "hit", "recorded". */
  readonly THING_DONE: RegExp;
  /** Ends the clause before a figure of names on a list: "a list of". */
  readonly LIST_OF: RegExp;
  /** People held captive (the lower-cased noun): counted as captured unless freed or swapped. */
  readonly CAPTIVES: RegExp;
  /** Starts the text after a number that leads to its noun: "of its". */
  readonly OF_POSSESSIVE: RegExp;
  /** A word after a number that is no noun of it: "and", "were". */
  readonly NOT_A_NOUN: RegExp;
  /** Nouns (lower-case) whose metric the noun itself says, and the rule id: "deaths". */
  readonly COUNTED_AS: Readonly<Record<string, { metric: ClaimMetric; rule: string }>>;
  /** Words that may not stand between a number and its noun: "than", units. */
  readonly NOT_A_MODIFIER: RegExp;
  /** Military equipment, most specific first: the first family whose pattern matches wins. */
  readonly EQUIPMENT: readonly EquipmentFamily[];
  /** A sentence counting equipment lost, attacked with, or supplied; two equipment figures in one (a tally). */
  readonly LOSS_VERB: RegExp;
  readonly ATTACK_VERB: RegExp;
  readonly SUPPLY_VERB: RegExp;
  readonly TALLY: RegExp;
  /** Outcomes, most specific first: on a tie at one place, the earlier wins. */
  readonly OUTCOMES: readonly OutcomeWord[];
  /** The words of the figure rules. */
  readonly FIGURES: FigureWords;
  /** The words of the claimant rules. */
  readonly CLAIMANTS: ClaimantWords;
  /** The words of sources and checks. */
  readonly SOURCES: SourceWords;
}

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

/** Sentence splitting (sentences.ts): the segmenter for the language, and stops that end no sentence. */
export interface SentenceLexicon {
  /** Built once: Intl.Segmenter with the language's locale, sentence granularity. */
  readonly segmenter: Intl.Segmenter;
  /** A piece ending with an abbreviation and its full stop: "Mr.", "Sept.". */
  readonly ABBREVIATION: RegExp;
  /** A piece ending with initials: "U.S.", "John F.". */
  readonly INITIALS: RegExp;
}

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
}

/** What the pipeline needs to read articles in one language. */
export interface LanguageConfig {
  /** The primary language subtag the manifest uses, e.g. "en". */
  code: string;
  /** In words, for messages. */
  name: string;
  /** The date parser set up for the language (chrono-node's locale module). */
  chrono: typeof chronoEn;
  positions: PositionLexicon;
  events: EventLexicon;
  numbers: NumberLexicon;
  claims: ClaimLexicon;
  actors: ActorLexicon;
  sentences: SentenceLexicon;
  attribution: AttributionLexicon;
}
