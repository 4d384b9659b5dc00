// What a language gives for claimed figures: what a number counts, who claims it, whether it was checked.
import type { ClaimMetric } from '../../../schema/bundle.ts';

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
  /** "10m have fled their homes": a bare count of people who fled. */
  readonly BARE_FLED: RegExp;
  /** Right before a figure, a verb of exchange: what happened to those it counts ("have exchanged 390"). */
  readonly EXCHANGED_JUST_BEFORE: RegExp;
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
  /** A date phrase that is itself the start of a period ("from 4 am on 24 February"). */
  readonly STARTS_PERIOD: RegExp;
  /** Before a date, a since-clause it sits in ("Since the invasion began on …"). */
  readonly IN_SINCE_CLAUSE: RegExp;
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
  /** A passive report that names no new source ("is said to", "were recorded"). */
  readonly PASSIVE_REPORT: RegExp;
  /** A clause naming the source of the figures after it ("with Russia reporting"). */
  readonly WITH_REPORTING: RegExp;
  /** A sentence naming who reported the figures before it ("This is reported by …"). */
  readonly REPORTED_AFTER: RegExp;
  /** In such a sentence, the words before the source cited ("citing", "referring to"). */
  readonly CITING: RegExp;
  /** The source's own document ("the report", "this update"). */
  readonly SOURCE_DOCUMENT: RegExp;
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
