// “…,” he said. “Indiscriminate shelling continues.” — a passage opening a sentence soon
// after the same speaker's passage, with no one else named in between, carries on.
import { hitsBetween, isPerson } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

/** How far a passage may be from the previous one and still carry on the same speaker. */
const CONTINUATION_REACH = 300;

export const continues: QuoteRule = {
  id: 'quote/continues',
  needsSpeech: true,
  speaker: ({ ctx, passage, sentence, before }) => {
    const last = before.at(-1);
    if (!last?.speaker || passage.outer.start !== sentence.start) return null;
    if (passage.outer.start - last.passage.outer.end > CONTINUATION_REACH) return null;
    const gap = ctx.text.slice(last.passage.outer.end, passage.outer.start);
    if ((gap.match(/\n/g)?.length ?? 0) > 2) return null;
    const other = hitsBetween(ctx, last.passage.outer.end, passage.outer.start).some((hit) => isPerson(ctx, hit.actor) && hit.actor !== last.speaker);
    return other ? null : { actor: last.speaker, verbStart: last.passage.outer.end };
  },
};
