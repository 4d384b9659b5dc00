// Mr Fomin said Moscow would “…” to “…”: a passage in the same sentence as an earlier
// passage with a speaker, and no other speaker named between them, is the same speaker's.
import { SPEECH_VERB } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

/** The shared verb pattern without its global flag, so testing leaves no state behind. */
const SPEECH_VERB_ONCE = new RegExp(SPEECH_VERB.source, SPEECH_VERB.flags.replace('g', ''));

export const sameSentence: QuoteRule = {
  id: 'quote/same-sentence',
  speaker: ({ ctx, passage, sentence, before }) => {
    const last = before.at(-1);
    if (!last?.speaker || last.passage.outer.start < sentence.start) return null;
    const gap = ctx.text.slice(last.passage.outer.end, passage.outer.start);
    if (gap.length > 200 || SPEECH_VERB_ONCE.test(gap)) return null;
    return { actor: last.speaker, verbStart: last.passage.outer.end };
  },
};
