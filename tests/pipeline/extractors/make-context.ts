// Builds an extractor context from plain text, the way the pipeline does, so tests can
// feed a sentence or a paragraph without files.
import { findMentions, GAZETTEER } from '../../../src/pipeline/actors/index.ts';
import type { ArticleContext } from '../../../src/pipeline/context.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';

export function makeContext(text: string, publishedAt = '2025-05-15', articleId = 'test-article'): ArticleContext {
  const sentences = splitSentences(text, []);
  return {
    articleId,
    text,
    publishedAt,
    sentences,
    mentions: findMentions(text, sentences, { date: publishedAt }),
    actors: GAZETTEER,
  };
}
