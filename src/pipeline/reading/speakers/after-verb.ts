// Verbs that follow a quote only to say who went on speaking: "…,” he continued. /
// "…," Lavrov concluded. / "…," his statement on the ministry's website said.
import { hitsBetween, isPerson, personBefore } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

const CONTINUED = /^[\s,]*([^.,;:!?“”"\n]{1,60}?)\s+(?:continued|concluded|went on|specified|informed|replied|recalled|remarked|elaborated|summed up)\b/;
const POSSESSIVE = /^[\s,]*(?:his|her)\s+(?:statement|remarks|comments|post|message|address|letter|tweet|speech)\b[^.;:!?“”"\n]{0,80}?\b(?:said|says|read|reads|stated)\b/i;
const PRONOUN = /^(?:he|she)$/i;

export const afterVerb: QuoteRule = {
  id: 'quote/after-verb',
  speaker: ({ ctx, passage }) => {
    const rest = ctx.text.slice(passage.outer.end, passage.outer.end + 160);
    if (POSSESSIVE.test(rest)) {
      const person = personBefore(ctx, passage.outer.start);
      return person ? { actor: person, verbStart: passage.outer.end } : null;
    }
    const m = CONTINUED.exec(rest);
    if (!m) return null;
    const subject = m[1]!.trim();
    const from = passage.outer.end + m.index + m[0].indexOf(m[1]!);
    const person = PRONOUN.test(subject)
      ? personBefore(ctx, passage.outer.start)
      : hitsBetween(ctx, from, from + m[1]!.length).find((hit) => isPerson(ctx, hit.actor))?.actor;
    return person ? { actor: person, verbStart: from } : null;
  },
};
