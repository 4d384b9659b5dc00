// The one reading of an article every extractor consumes (types.ts says what it holds): the
// text split into sentences outside boilerplate, the names in it (the actor list's and the
// people the article introduces), its quoted passages found once and given their speakers,
// and each sentence's dates, figures and event words, worked out once on the first ask.
import type { Actor, Range } from '../../schema/bundle.ts';
import { readActors } from '../actors/index.ts';
import { languageFor } from '../language/index.ts';
import { splitSentences } from '../sentences.ts';
import { readPassages } from './passages.ts';
import { findQuotedPassages } from './quote-marks.ts';
import { readSentences } from './sentence.ts';
import type { ArticleReading } from './types.ts';

export type { ArticleReading, ReadPassage, SentenceReading, SpokenPassage } from './types.ts';

export interface ReadingInput {
  articleId: string;
  text: string;
  /** YYYY-MM-DD: the reference for relative dates. */
  publishedAt: string;
  /** The manifest's language tag; one the pipeline has a configuration for. */
  language: string;
  /** Ranges of boilerplate (navigation, related links, bylines) to leave unread. */
  boilerplate: readonly Range[];
}

export interface ArticleRead {
  reading: ArticleReading;
  /** The people this article introduced that the actor list does not know. */
  people: Actor[];
}

export function readArticle(input: ReadingInput): ArticleRead {
  const language = languageFor(input.language);
  // The manifest check names an unknown language as an input error before any article is read.
  if (!language) throw new Error(`no language configuration for "${input.language}"`);
  const { articleId, text, publishedAt } = input;
  const sentences = splitSentences(text, [...input.boilerplate], language.sentences);
  const quoted = findQuotedPassages(text);
  const { mentions, actors, people } = readActors(text, sentences, language.actors, { date: publishedAt, quoted });
  const read = { articleId, text, publishedAt, sentences: readSentences(sentences, mentions, publishedAt, language), mentions, actors, language };
  const reading: ArticleReading = { ...read, passages: readPassages(read, quoted) };
  return { reading, people };
}
