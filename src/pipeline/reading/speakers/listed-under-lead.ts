// A list of points under a line that names who made them: "Medinsky named three results of
// the meeting:" followed by "→ the sides will "present their vision" …" and "• …" items. A
// quoted passage inside such an item is the person's, unless the item names a speaker itself
// (the rules before this one take that). The lead line is the first line above the list that
// is not an item; it must end with a colon and name one speaker.
import { findAttribution, hitsBetween, isOutlet, isPerson } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

/** A list item: a line opening with an arrow, bullet or dash. */
const ITEM = /^[ \t]*[→•▪·*\-–—][ \t]/;
/** How many lines above the passage the lead may be (items and blank lines between). */
const MAX_LINES = 12;

export const listedUnderLead: QuoteRule = {
  id: 'quote/listed-under-lead',
  needsSpeech: true,
  speaker: ({ ctx, passage }) => {
    let lineStart = ctx.text.lastIndexOf('\n', passage.outer.start - 1) + 1;
    if (!ITEM.test(ctx.text.slice(lineStart, passage.outer.start))) return null;
    for (let lines = 0; lineStart > 0 && lines < MAX_LINES; lines++) {
      const end = lineStart - 1;
      lineStart = ctx.text.lastIndexOf('\n', end - 1) + 1;
      const line = ctx.text.slice(lineStart, end);
      if (line.trim() === '' || ITEM.test(line)) continue;
      if (!/:\s*$/.test(line)) return null;
      const found = findAttribution(ctx, lineStart, end, true, false);
      if (found && !isOutlet(ctx, found.actor)) return found;
      const people = new Set(hitsBetween(ctx, lineStart, end).filter((hit) => !hit.quoted && isPerson(ctx, hit.actor)).map((hit) => hit.actor));
      return people.size === 1 ? { actor: [...people][0]!, verbStart: lineStart } : null;
    }
    return null;
  },
};
