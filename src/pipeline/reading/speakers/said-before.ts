// Kuleba said a second round could follow “if …” / Lavrov blames the West for “…”, but
// says the idea is “…”: the speaker named before the passage in its sentence. Names
// inside earlier quoted passages never count (mentions carry `quoted`).
import { findAttribution, isOutlet } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

export const saidBefore: QuoteRule = {
  id: 'quote/said-before',
  speaker: ({ ctx, passage, sentence }) => {
    const found = findAttribution(ctx, sentence.start, passage.outer.start, true);
    return found && !isOutlet(ctx, found.actor) ? found : null;
  },
};
