// Finds an annotation's quote in its article. The quote must appear verbatim and
// outside boilerplate; the first occurrence is the one meant.
import type { Evidence } from '../../schema/bundle.ts';
import type { AnnotatedArticle } from './apply.ts';

/** Evidence for the quote, or a sentence saying why it cannot be used. */
export function locateQuote(
  cite: { article: string; quote: string },
  articles: ReadonlyMap<string, AnnotatedArticle>,
): Evidence | string {
  const article = articles.get(cite.article);
  if (!article) return `article "${cite.article}" is not in the manifest`;
  const start = article.text.indexOf(cite.quote);
  if (start === -1) return `quote not found in article "${cite.article}": "${cite.quote}"`;
  const end = start + cite.quote.length;
  if (article.boilerplate.some((range) => start < range.end && range.start < end)) {
    return `quote lies in boilerplate of article "${cite.article}": "${cite.quote}"`;
  }
  return { articleId: cite.article, start, end, quote: cite.quote };
}
