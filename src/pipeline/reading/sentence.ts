// One sentence as the extractors read it. Dates, figures and event words cost a parse each,
// and most sentences are asked for none of them, so each is worked out on the first ask and
// kept on the sentence itself: the article's reading is freed with it, and no table outlives it.
import type { ActorHit, Sentence } from '../context.ts';
import type { LanguageConfig } from '../language/types.ts';
import { namedDays, namedWeek, type ResolvedDate } from './dates.ts';
import { findCues, type Cue } from './event-cues.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import type { SentenceReading } from './types.ts';
import { GateWords } from './word-gate.ts';

export class ReadSentence implements SentenceReading {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
  readonly index: number;
  readonly mentions: readonly ActorHit[];
  readonly #publishedAt: string;
  readonly #language: LanguageConfig;
  #dates: readonly ResolvedDate[] | undefined;
  #datesOrWeek: readonly ResolvedDate[] | undefined;
  #quantities: readonly Quantity[] | undefined;
  #eventCues: readonly Cue[] | undefined;
  #gateWords: GateWords | undefined;

  constructor(sentence: Sentence, index: number, mentions: readonly ActorHit[], publishedAt: string, language: LanguageConfig) {
    this.start = sentence.start;
    this.end = sentence.end;
    this.text = sentence.text;
    this.paragraph = sentence.paragraph;
    this.index = index;
    this.mentions = mentions;
    this.#publishedAt = publishedAt;
    this.#language = language;
  }

  get dates(): readonly ResolvedDate[] {
    return (this.#dates ??= namedDays(this.text, this.#publishedAt, this.gateWords));
  }

  get datesOrWeek(): readonly ResolvedDate[] {
    // A whole week only when the sentence names no day: "last week" is vaguer than "on Tuesday".
    return (this.#datesOrWeek ??= this.dates.length > 0 ? this.dates : namedWeek(this.text, this.#publishedAt));
  }

  get quantities(): readonly Quantity[] {
    return (this.#quantities ??= findQuantities(this.text, this.#language.numbers));
  }

  get eventCues(): readonly Cue[] {
    return (this.#eventCues ??= findCues(this.text, this.#language.events, this.gateWords));
  }

  get gateWords(): GateWords {
    return (this.#gateWords ??= new GateWords(this.text));
  }
}

/** Each sentence with the mentions inside it: one walk over both lists, which come in text order. */
export function readSentences(sentences: readonly Sentence[], mentions: readonly ActorHit[], publishedAt: string, language: LanguageConfig): ReadSentence[] {
  let m = 0;
  return sentences.map((sentence, index) => {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    let end = m;
    while (end < mentions.length && mentions[end]!.start < sentence.end) end++;
    const inside = mentions.slice(m, end);
    m = end;
    return new ReadSentence(sentence, index, inside, publishedAt, language);
  });
}
