// He said Moscow's position was firm. “We expect …” — a passage standing as its own
// sentence right after a sentence in the same paragraph in which a person spoke.
import { findAttribution, isPerson } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

export const leadSentence: QuoteRule = {
  id: 'quote/lead-sentence',
  needsSpeech: true,
  speaker: ({ ctx, passage, sentence, sentenceIndex }) => {
    const lead = ctx.sentences[sentenceIndex - 1];
    if (passage.outer.start !== sentence.start || !lead || lead.paragraph !== sentence.paragraph) return null;
    const found = findAttribution(ctx, lead.start, lead.end, true);
    return found && isPerson(ctx, found.actor) ? found : null;
  },
};
