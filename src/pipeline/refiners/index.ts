// Joins what the extractors found article by article into one set of items: the same
// event reported by several articles becomes one event with several pieces of evidence,
// repeated claims, quotes and positions collapse, and everything is sorted by date, then id.
import type { ArticleItems } from '../extractors/index.ts';
import { dedupeClaims, dedupePositions, dedupeQuotes } from './dedupe.ts';
import { byDateThenId } from './evidence.ts';
import { mergeEvents } from './merge-events.ts';

export function mergeAcrossArticles(perArticle: ArticleItems[]): ArticleItems {
  return {
    events: mergeEvents(perArticle.flatMap((items) => items.events)),
    positions: dedupePositions(perArticle.flatMap((items) => items.positions)).sort(byDateThenId),
    claims: dedupeClaims(perArticle.flatMap((items) => items.claims)).sort(byDateThenId),
    quotes: dedupeQuotes(perArticle.flatMap((items) => items.quotes)).sort(byDateThenId),
  };
}
