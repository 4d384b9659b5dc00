// Placeholder until the refiners land: concatenates per-article items.
import type { ArticleItems } from '../extractors/index.ts';

export function mergeAcrossArticles(perArticle: ArticleItems[]): ArticleItems {
  return {
    events: perArticle.flatMap((items) => items.events),
    positions: perArticle.flatMap((items) => items.positions),
    claims: perArticle.flatMap((items) => items.claims),
    quotes: perArticle.flatMap((items) => items.quotes),
  };
}
