// What one read of an article gives every extractor: its sentences, each read once for the
// dates, figures and event words in it and the names it holds, and its quoted passages with
// the speakers the rules give them. Extractors consume this and nothing else of the text's
// reading; none of them reads a sentence for dates or quotes again, and none imports another.
import type { Actor } from '../../schema/bundle.ts';
import type { ActorHit, ArticleContext, Sentence } from '../context.ts';
import type { Cue } from './event-cues.ts';
import type { ResolvedDate } from './dates.ts';
import type { Quantity } from './numbers.ts';
import type { QuotedPassage } from './quote-marks.ts';
import type { GateWords } from './word-gate.ts';

/** One sentence as read: what the extractors ask of it is worked out on the first ask, then kept. */
export interface SentenceReading extends Sentence {
  /** Its place among the article's sentences. */
  readonly index: number;
  /** The names in it (a slice of the article's mentions, in text order). */
  readonly mentions: readonly ActorHit[];
  /** The days it names, resolved against the publication date; never a whole week. */
  readonly dates: readonly ResolvedDate[];
  /** The same, or a Monday–Sunday week when it names no day ("last week"): for events. */
  readonly datesOrWeek: readonly ResolvedDate[];
  /** Its numbers, with what kind of number each is (counts, money, years …). */
  readonly quantities: readonly Quantity[];
  /** The words in it that make a talks event ("talks", "met", "ultimatum" …). */
  readonly eventCues: readonly Cue[];
  /** The words of every word gate in it, looked for once: each gate's cheap first look. */
  readonly gateWords: GateWords;
}

/** A quoted passage and the speaker the rules in speakers/ gave it (null when the text names none). */
export interface ReadPassage {
  passage: QuotedPassage;
  speaker: string | null;
  /** Ids of the rules that gave the speaker. */
  rules: readonly string[];
  /** Reads as real speech: more than three words, or a whole sentence. */
  speech: boolean;
}

/** A passage whose speaker the text names. */
export interface SpokenPassage extends ReadPassage {
  speaker: string;
}

export interface ArticleReading extends ArticleContext {
  sentences: SentenceReading[];
  /** Every quoted passage, in text order, with its speaker: read once for quotes and positions alike. */
  readonly passages: readonly ReadPassage[];
  /** The gazetteer plus the people this article introduced. */
  actors: ReadonlyMap<string, Actor>;
}
