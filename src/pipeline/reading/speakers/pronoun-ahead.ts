// "…," he noted. Konashenkov stated that …: a story whose lead was cut (a repost, an excerpt)
// may say "he" before it names anyone. With no person named before the quote, "he" or "she"
// is the person the next two sentences name as speaking.
import { findAttribution, isPerson, personBefore } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

const PRONOUN_SAID = /^[\s,]*(?:he|she)\s+(?:also\s+)?(?:said|says|noted|added|stated|told|specified|stressed|explained|continued)\b/i;

export const pronounAhead: QuoteRule = {
  id: 'quote/pronoun-ahead',
  needsSpeech: true,
  speaker: ({ ctx, passage, sentenceIndex, closing }) => {
    if (!PRONOUN_SAID.test(ctx.text.slice(passage.outer.end, passage.outer.end + 40))) return null;
    if (personBefore(ctx, passage.outer.start)) return null;
    const after = closing ? ctx.sentences.indexOf(closing) : sentenceIndex;
    for (let i = after + 1; i <= Math.min(ctx.sentences.length - 1, after + 2); i++) {
      const next = ctx.sentences[i]!;
      const found = findAttribution(ctx, next.start, next.end, true, false);
      if (found && isPerson(ctx, found.actor)) return found;
    }
    return null;
  },
};
