// Builds an article's reading from plain text, the way the pipeline does, so tests can feed
// a sentence or a paragraph to an extractor without files.
import { readArticle, type ArticleReading } from '../../../src/pipeline/reading/index.ts';

export function makeContext(text: string, publishedAt = '2025-05-15', articleId = 'test-article'): ArticleReading {
  return readArticle({ articleId, text, publishedAt, language: 'en', boilerplate: [] }).reading;
}
