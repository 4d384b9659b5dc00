// Builds an extractor context from plain text, the way the pipeline does, so tests can
// feed a sentence or a paragraph without files.
import { readActors } from '../../../src/pipeline/actors/index.ts';
import type { ArticleContext } from '../../../src/pipeline/context.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';

export function makeContext(text: string, publishedAt = '2025-05-15', articleId = 'test-article'): ArticleContext {
  const sentences = splitSentences(text, []);
  const { mentions, actors } = readActors(text, sentences, { date: publishedAt });
  return { articleId, text, publishedAt, sentences, mentions, actors };
}
