// English speech verbs and the words around them that say who is speaking ("Kuleba said",
// "said Mustafa Aydin", "he added"), or that a verb names no speaker ("these claims", "was
// said"). Matched by reading/attribution.ts and reading/speakers/.
import type { AttributionLexicon } from '../types.ts';

/** Verbs that report speech (global). */
const SPEECH_VERB =
  /\b(?:said|says|say|saying|told|tells|added|adding|wrote|writes|stated|states|stating|urged|urges|claimed|claims|reported|reports|announced|announces|posted|tweeted|described|describes|describing|calls|called|referred to \w+ as|commented|revealed|insisted|insisting|warned|declared|noted|noting|stressed|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|explained|asserted|admitted|replied|responded|answered|estimated|estimates|(?:was |were )?quoted as saying|quoted (?:[^\s,;:]+ ){1,5}?as saying|according to)\b/gi;

/** Verbs that may come before their speaker: "said Mustafa Aydin", "according to the UN". */
const INVERTIBLE = /^(?:said|says|added|wrote|stated|posted|told|according to)$/;
/** A speech verb's spelling used as a noun: "these claims", "his reports". */
const DETERMINER_BEFORE = /\b(?:the|these|those|such|his|her|their|its|of|a|an|our|my)\s+$/i;
/** "he said", "she has also said": the pronoun is the subject. */
const PRONOUN_BEFORE = /\b(he|she)\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?$/i;
/** Words that make an aside a clause about the subject rather than its name. */
const APPOSITIVE_CLAUSE = /\b(?:headed|led|by|who|which|whose|with|including|accompanied|flanked|represented|chaired|and|along)\b/;
/** "is reported", "was said": a passive names no speaker before it. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+$/i;
/** Between "said" and the speaker: titles only ("said Ukraine's foreign minister, Andrii Sybiha"), no clause. */
const TITLE_GAP = /^(?![^]*\b(?:that|who|which|when|after|before|about|to)\b)[^.;:!?"“”]{0,70}$/;
/** A pronoun that speaks again: "he added", "she later said". */
/** "adviser to", "spokesman for", "aide of": the name after is whom the speaker serves. */
const SERVES_BEFORE = /\b(?:advis[eo]rs?|aides?|spokes(?:man|woman|person)|envoys?|assistants?|chief of staff|press secretary)\s+(?:to|of|for)\s+(?:the\s+)?$/i;
/** "in", "across", "inside": the name after is a place. */
const LOCATIVE_BEFORE = /\b(?:in|inside|across|throughout|near)\s+(?:the\s+)?$/i;
const PRONOUN_SPEAKS = /\b(?:he|she|He|She)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|wrote|told|stated|noted|continued|concluded|stressed|explained)\b/;

export const attribution: AttributionLexicon = {
  SPEECH_VERB,
  // Built once: the same pattern without its global flag, so testing leaves no state behind.
  SPEECH_VERB_ONCE: new RegExp(SPEECH_VERB.source, SPEECH_VERB.flags.replace('g', '')),
  INVERTIBLE,
  DETERMINER_BEFORE,
  PRONOUN_BEFORE,
  APPOSITIVE_CLAUSE,
  PASSIVE_BEFORE,
  TITLE_GAP,
  PRONOUN_SPEAKS,
  SERVES_BEFORE,
  LOCATIVE_BEFORE,
};
