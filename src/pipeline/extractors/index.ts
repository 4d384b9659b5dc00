// Everything the extractors find in one article. Each extractor is a pure function of the
// article's one reading (../reading/), so the result depends on the text alone: same text,
// same items. No extractor imports another; what two of them need (who said each quoted
// passage, the dates in a sentence) is in the reading.
import type { Claim, Position, Quote, TalksEvent } from '../../schema/bundle.ts';
import type { ArticleReading } from '../reading/types.ts';
import { extractClaims } from './claims.ts';
import { extractEvents } from './events.ts';
import { extractPositions } from './positions.ts';
import { extractQuotes } from './quotes.ts';

export interface ArticleItems {
  events: TalksEvent[];
  positions: Position[];
  claims: Claim[];
  quotes: Quote[];
}

export function extractArticle(reading: ArticleReading): ArticleItems {
  return {
    events: extractEvents(reading),
    positions: extractPositions(reading),
    claims: extractClaims(reading),
    quotes: extractQuotes(reading),
  };
}
