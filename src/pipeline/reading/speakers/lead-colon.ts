// Layouts that name the speaker on the line before: "Mr Zelensky wrote on X:", "Medinsky,
// head of the delegation, said:", "Quote from Petrenko:", a bare "Quote:" under a "Source:"
// line, with a dash or bullet allowed before the opening mark.
import { findAttribution, hitsBetween, isOutlet, isPerson, personBefore } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

/** "Quote from X:", "Comment by X:" heading the passage on its own line. */
const LABEL = /(?:^|\n)[ \t]*(?:Quote|Quotes|Comment|Statement)\s+(?:from|by)\s+([^\n:]{2,80}):[ \t]*$/;

const BARE_LABEL = /(?:^|\n)[ \t]*(?:Quote|Direct speech):[ \t]*$/;

export const leadColon: QuoteRule = {
  id: 'quote/lead-colon',
  speaker: ({ ctx, passage, sentence, sentenceIndex }) => {
    const lineStart = ctx.text.lastIndexOf('\n', passage.outer.start - 1) + 1;
    const sliceStart = Math.max(0, lineStart - 1);
    const label = LABEL.exec(ctx.text.slice(sliceStart, passage.outer.start));
    if (label) {
      const from = sliceStart + label.index + label[0].indexOf(label[1]!);
      const named = hitsBetween(ctx, from, from + label[1]!.length).find((hit) => isPerson(ctx, hit.actor));
      if (named) return { actor: named.actor, verbStart: from };
    }
    // "Source: Major X, …" then "Quote: "…"": the person the lines before were about.
    if (BARE_LABEL.test(ctx.text.slice(sliceStart, passage.outer.start))) {
      const person = personBefore(ctx, passage.outer.start);
      if (person) return { actor: person, verbStart: passage.outer.start };
    }
    const lead = passage.outer.start === sentence.start || /^[\s\-–—•*]*$/.test(ctx.text.slice(sentence.start, passage.outer.start))
      ? ctx.sentences[sentenceIndex - 1]
      : undefined;
    if (!lead || !/:\s*$/.test(lead.text) || !/^[\s\-–—•*]*$/.test(ctx.text.slice(lead.end, passage.outer.start))) return null;
    const found = findAttribution(ctx, lead.start, lead.end, true);
    return found && !isOutlet(ctx, found.actor) ? found : null;
  },
};
