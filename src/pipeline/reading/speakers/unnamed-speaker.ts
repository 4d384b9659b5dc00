// "…," a Ukrainian reporter said / "…," one resident told the agency: the text says who spoke
// without naming them, and the adjective is no speaker ("Ukrainian" is not Ukraine speaking).
// The speaker stays unknown, and no later rule may hand the passage to someone else.
import { NO_ONE_KNOWN, type QuoteRule } from './types.ts';

const UNNAMED =
  /^[\s,]*(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:reporter|journalist|correspondent|witness|eyewitness|resident|local|passer-by|soldier|serviceman|man|woman|source|volunteer|activist|blogger|commentator|analyst|expert|observer|user|refugee|driver|doctor|nurse)\s+(?:who\s+[^,]{0,40},?\s*)?(?:said|says|told|added|wrote|recalled|explained)\b/iu;

export const unnamedSpeaker: QuoteRule = {
  id: 'quote/unnamed-speaker',
  speaker: ({ ctx, passage }) =>
    UNNAMED.test(ctx.text.slice(passage.outer.end, passage.outer.end + 90)) ? { actor: NO_ONE_KNOWN, verbStart: passage.outer.end } : null,
};
