// Quotes with their speakers: each quoted passage the reading found (reading/passages.ts
// gives it its speaker through the ordered rules in reading/speakers/) becomes a quote,
// carrying the id of the rule that named the speaker. Speech whose speaker the text does
// not name keeps an unknown speaker ("unattributed"), never a country by default; a scare
// quote with no speaker named for it is no quote at all.
import type { Quote } from '../../schema/bundle.ts';
import type { QuotedPassage } from '../reading/quote-marks.ts';
import { sentenceAt } from '../reading/sentence-lookup.ts';
import { NO_ONE_KNOWN } from '../reading/speakers/index.ts';
import type { ArticleReading } from '../reading/types.ts';
import { traced } from '../trace.ts';
import { spanEvidence } from './evidence.ts';
import { itemId } from './ids.ts';

/** Quotes without a speaker the text names: kept, never handed to anyone by default. */
export const UNKNOWN_SPEAKER = NO_ONE_KNOWN;

export function extractQuotes(reading: ArticleReading): Quote[] {
  return reading.passages.flatMap(({ passage, speaker, rules, speech }) => {
    if (speaker) return [traced(toQuote(reading, passage, speaker), ...rules)];
    return speech ? [traced(toQuote(reading, passage, UNKNOWN_SPEAKER), 'quote/no-speaker')] : [];
  });
}

function toQuote(reading: ArticleReading, passage: QuotedPassage, speaker: string): Quote {
  const first = passage.pieces[0]!;
  const last = passage.pieces.at(-1)!;
  const text = passage.pieces.map((piece) => reading.text.slice(piece.start, piece.end).trim()).join(' ').replace(/[\s,;:]+$/, '');
  const said = sentenceAt(reading.sentences, passage.outer.start)?.dates.find((date) => date.date <= reading.publishedAt);
  return {
    id: itemId('quote', reading.articleId, first.start, last.end, speaker),
    origin: 'extracted',
    evidence: [spanEvidence(reading, first.start, last.end)],
    speaker,
    text,
    date: said?.date ?? reading.publishedAt,
  };
}
