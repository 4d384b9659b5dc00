// The agency is "deeply worried" by the "closure of the crossings …", McAvoy said: one
// attribution at the end of the sentence covers every passage in it, however far back.
import { findAttribution, isOutlet } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

export const laterInSentence: QuoteRule = {
  id: 'quote/later-in-sentence',
  speaker: ({ ctx, passage, closing }) => {
    if (!closing || closing.end <= passage.outer.end) return null;
    const lineEnd = ctx.text.indexOf('\n', passage.outer.end);
    const end = lineEnd < 0 ? closing.end : Math.min(closing.end, lineEnd);
    // Only a clause that closes the sentence: ", McAvoy said." / ", the ministry says."
    const tail = /[,”"’]\s*(?:[^,;:“”"]{0,80})$/.exec(ctx.text.slice(passage.outer.end, end).replace(/[.!?\s]+$/, ''));
    if (!tail) return null;
    const from = passage.outer.end + tail.index;
    const found = findAttribution(ctx, from, end, true);
    return found && !isOutlet(ctx, found.actor) ? found : null;
  },
};
