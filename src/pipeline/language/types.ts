// What a language configuration holds: the date parser and, per domain, the words and cue
// patterns the pipeline reads with (each domain's shape in lexicons/). The code that matches
// them lives in the reading and the extractors and takes them from the configuration it is
// handed (`ctx.language`), so another language is another set of these, not another copy of
// the code. Patterns are built once, when the configuration loads: the code runs them on
// every sentence.
import type { chronoEn } from '../reading/chrono.ts';
import type { PositionLexicon } from './lexicons/positions.ts';
import type { EventLexicon } from './lexicons/events.ts';
import type { NumberLexicon } from './lexicons/numbers.ts';
import type { ClaimLexicon } from './lexicons/claims.ts';
import type { ActorLexicon } from './lexicons/actors.ts';
import type { SentenceLexicon } from './lexicons/sentences.ts';
import type { AttributionLexicon } from './lexicons/attribution.ts';

export type { PositionLexicon } from './lexicons/positions.ts';
export type { EventLexicon } from './lexicons/events.ts';
export type { NumberLexicon } from './lexicons/numbers.ts';
export type { ClaimantWords, ClaimLexicon, EquipmentFamily, FigureWords, OutcomeWord, SourceWords } from './lexicons/claims.ts';
export type { ActorLexicon } from './lexicons/actors.ts';
export type { SentenceLexicon } from './lexicons/sentences.ts';
export type { AttributionLexicon } from './lexicons/attribution.ts';

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
