// Mr Fomin said Moscow would “…” to “…”: a passage in the same sentence as an earlier
// passage with a speaker, and no other speaker named between them, is the same speaker's.
import type { QuoteRule } from './types.ts';

export const sameSentence: QuoteRule = {
  id: 'quote/same-sentence',
  speaker: ({ ctx, passage, sentence, before }) => {
    const last = before.at(-1);
    if (!last?.speaker || last.passage.outer.start < sentence.start) return null;
    const gap = ctx.text.slice(last.passage.outer.end, passage.outer.start);
    if (gap.length > 200 || ctx.language.attribution.SPEECH_VERB_ONCE.test(gap)) return null;
    return { actor: last.speaker, verbStart: last.passage.outer.end };
  },
};
