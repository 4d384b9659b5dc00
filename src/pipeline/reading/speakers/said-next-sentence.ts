// “… battalion.” Lavrov said in a speech. — a quote that ends its sentence, followed on the
// same line by "X said" with nothing said after the verb: the speaker wrote no comma.
// "X said that …" or "X said the talks …" starts new reported speech and is not this.
import { findAttribution, isOutlet } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

const ENDS_SENTENCE = /[.!?…][”"’]?$/;
const BARE_SAID =
  /^\s*[^.,;:!?“”"]{1,60}?\b(?:said|says|added|stated|noted|wrote|continued|concluded|stressed|told (?:reporters|journalists))(?=\s*[.,;]|\s+(?:in|at|on|during|after|before|while|when|from|via|through|yesterday|today|earlier|later|last|this|on\s+\p{Lu}\p{L}+day)\b)/u;

export const saidNextSentence: QuoteRule = {
  id: 'quote/said-next-sentence',
  speaker: ({ ctx, passage }) => {
    const inner = passage.pieces.at(-1)!;
    if (!ENDS_SENTENCE.test(ctx.text.slice(Math.max(inner.start, passage.outer.end - 3), passage.outer.end))) return null;
    const lineEnd = ctx.text.indexOf('\n', passage.outer.end);
    const rest = ctx.text.slice(passage.outer.end, lineEnd < 0 ? ctx.text.length : lineEnd);
    const m = BARE_SAID.exec(rest);
    if (!m) return null;
    const found = findAttribution(ctx, passage.outer.end, passage.outer.end + m[0].length, true);
    return found && !isOutlet(ctx, found.actor) ? found : null;
  },
};
