// Everything the extractors find in one article. Each extractor is a pure function of
// the article's context, so the result depends on the text alone: same text, same items.
import type { ArticleContext } from '../context.ts';
import type { Claim, Position, Quote, TalksEvent } from '../../schema/bundle.ts';
import { extractClaims } from './claims.ts';
import { extractEvents } from './events.ts';
import { extractPositions } from './positions.ts';
import { attributePassages, extractQuotes, readPassages } from './quotes.ts';

export interface ArticleItems {
  events: TalksEvent[];
  positions: Position[];
  claims: Claim[];
  quotes: Quote[];
}

export function extractArticle(ctx: ArticleContext): ArticleItems {
  // Quotes and positions both need who said each quoted passage: read the passages once.
  const passages = readPassages(ctx);
  return {
    events: extractEvents(ctx),
    positions: extractPositions(ctx, attributePassages(ctx, passages)),
    claims: extractClaims(ctx),
    quotes: extractQuotes(ctx, passages),
  };
}
