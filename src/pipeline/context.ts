// What every extractor is handed for one article. Extractors are pure functions of this
// context (no file system), so they could one day run in a browser worker.
import type { Actor } from '../schema/bundle.ts';
import type { LanguageConfig } from './language/types.ts';

/** A sentence outside boilerplate, with offsets into the article's own text. */
export interface Sentence {
  start: number;
  end: number;
  /** Always `article.text.slice(start, end)`. */
  text: string;
  /** Index of the paragraph (newline-separated block) the sentence sits in. */
  paragraph: number;
}

/** One place an actor is named, outside boilerplate. */
export interface ActorHit {
  actor: string;
  start: number;
  end: number;
  /** The words as written ("Zelenskiy", "the Kremlin"). */
  alias: string;
  /** Inside quotation marks: a name the speaker used, never the speaker. */
  quoted?: boolean;
}

export interface ArticleContext {
  articleId: string;
  text: string;
  /** YYYY-MM-DD: the reference for relative dates ("on Thursday", "last week"). */
  publishedAt: string;
  sentences: Sentence[];
  /** In text order (by start, then end), as the actor reader returns them. */
  mentions: ActorHit[];
  /** The gazetteer's actors and the people this article introduced, by id. */
  actors: ReadonlyMap<string, Actor>;
  /** The configuration the manifest's `language` chose: the words and date parser rules read with. */
  language: LanguageConfig;
}
