// "…,” Kuleba told reporters later. / "…," said Mustafa Aydin. / "…," UNIAN quoted
// Kuleba as saying: the speaker named after the closing mark, in the same sentence and line.
import { findAttribution, isOutlet } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

/** How far after a closing mark the speaker may be named ("…,” NATO Secretary General Mark Rutte told"). */
const AFTER_REACH = 120;

export const saidAfter: QuoteRule = {
  id: 'quote/said-after',
  speaker: ({ ctx, passage, closing, next }) => {
    const lineEnd = ctx.text.indexOf('\n', passage.outer.end);
    const end = Math.min(
      closing ? Math.max(closing.end, passage.outer.end) : ctx.text.length,
      passage.outer.end + AFTER_REACH,
      next ? next.outer.start : ctx.text.length,
      lineEnd < 0 ? ctx.text.length : lineEnd,
    );
    const found = findAttribution(ctx, passage.outer.end, end, true);
    return found && !isOutlet(ctx, found.actor) ? found : null;
  },
};
