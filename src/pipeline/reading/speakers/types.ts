// What a quote rule sees: the article, the passage, where it sits, and the speakers the
// rules found for the passages before it. A rule returns a speaker or null to pass.
import type { ArticleContext, Sentence } from '../../context.ts';
import type { Attribution } from '../attribution.ts';
import type { QuotedPassage } from '../quote-marks.ts';

export interface PassageSite {
  ctx: ArticleContext;
  passage: QuotedPassage;
  /** The sentence the passage opens in, and its index. */
  sentence: Sentence;
  sentenceIndex: number;
  /** The sentence the passage closes in (a quote may run over several). */
  closing: Sentence | undefined;
  next: QuotedPassage | undefined;
  /** Earlier passages with the speaker the rules gave them (null when none). */
  before: readonly { passage: QuotedPassage; speaker: string | null; rules: readonly string[] }[];
}

export interface QuoteRule {
  id: string;
  /** Only for passages that read as real speech, not a two-word scare quote. */
  needsSpeech?: boolean;
  speaker: (site: PassageSite) => Attribution | null;
}

/** What a rule returns when the text names a speaker it cannot resolve: stop, speaker unknown. */
export const NO_ONE_KNOWN = 'unattributed';
