// Every item points back at the words it came from; these helpers keep the
// `text.slice(start, end) === quote` promise in one place.
import type { Evidence } from '../../schema/bundle.ts';
import type { ArticleContext, Sentence } from '../context.ts';

export function spanEvidence(ctx: ArticleContext, start: number, end: number): Evidence {
  return { articleId: ctx.articleId, start, end, quote: ctx.text.slice(start, end) };
}

export function sentenceEvidence(ctx: ArticleContext, sentence: Sentence): Evidence {
  return spanEvidence(ctx, sentence.start, sentence.end);
}
