// English words of stated positions: the propositions parties take sides on (src/schema/propositions.ts)
// and the verbs that say which side ("seeks", "opposed", "ready to … if"). Kept apart from the
// matching logic (extractors/positions.ts) so the vocabulary can grow, or be given for another
// language, without touching it.
import type { Stance } from '../../../schema/bundle.ts';
import type { PropositionId } from '../../../schema/propositions.ts';
import { WordGate } from '../../reading/word-gate.ts';
import type { PositionLexicon } from '../types.ts';

/** Each proposition's pattern, and words one of which every match of it holds (see word-gate.ts). */
const TOPICS: Array<[proposition: PropositionId, pattern: RegExp, words: string[]]> = [
  ['ceasefire', /\b(?:ceasefires?|cease-fires?|truces?|halt (?:to )?the fighting)\b/gi, ['ceasefire', 'cease-fire', 'truce', 'halt']],
  [
    'ukraine-joins-nato',
    /\b(?:NATO|Nato) (?:membership|aspirations|expansion|alliance)\b|\b(?:NATO|Nato)['’]s (?:eastern |eastward )?expansion\b|\bjoin(?:ing)? (?:the )?(?:NATO|Nato)\b|\bmembership (?:of|in) (?:NATO|Nato)\b/g,
    ['nato'],
  ],
  ['ukraine-neutral', /\bneutral(?:ity| status| position)?\b/gi, ['neutral']],
  // Integrity, the 1991 borders and Russia leaving: one side's claim. Annexation, Crimea, the
  // regions Russia claims and Ukraine leaving them: the other's. "for" each means the same whoever says it.
  [
    'ukraine-1991-borders',
    /\b(?:territorial integrity|1991 borders|internationally recogni[sz]ed borders|de-occupation|(?:return of|liberat\w*|regain\w*|recover\w*|restor\w*|de-occup\w*) (?:the |all |our |its |their )?(?:occupied |lost )?(?:territor(?:y|ies)|lands?)|withdraw(?:al of)? (?:all )?(?:Russian|Russia['’]s) (?:troops|forces))\b/gi,
    ['territor', 'border', 'de-occup', 'withdraw', 'liberat', 'regain', 'recover', 'restor'],
  ],
  [
    'russia-keeps-annexed-land',
    /\b(?:annex(?:ation|ed)|Crimea|occupied regions|regions (?:they|it|Moscow|Russia) claims?|territorial (?:claims|demands|concessions)|(?<!(?:return of|liberat\w*|regain\w*|recover\w*|restor\w*|de-occup\w*) (?:the |all |our |its |their )?(?:occupied |lost )?)territor(?:y|ies)\b|withdraw(?:al of)? (?:all )?(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s) (?:troops|forces))\b/gi,
    ['annex', 'crimea', 'occupied regions', 'regions', 'territor', 'withdraw'],
  ],
  ['security-guarantees', /\bsecurity guarantees?\b/gi, ['security guarantee']],
  ['sanctions-on-russia', /\bsanction(?:s|ing)?\b/gi, ['sanction']],
  [
    'military-aid',
    /\b(?:military (?:aid|support|assistance)|weapons deliveries|arms supplies)\b|\b(?:deliver|supply|send)(?:ing)? (?:\w+ ){0,3}(?:weapons|arms|missiles|air defen[cs]e|Patriot|tanks|jets)\b/gi,
    ['military', 'deliver', 'suppl', 'send'],
  ],
  [
    'prisoner-exchanges',
    /\b(?:prisoners? (?:exchanges?|swaps?)|(?:swap|exchange)s? of (?:\w+ ){0,2}(?:prisoners|POWs)|exchang\w* (?:\w+ ){0,3}prisoners|prisoners of war|POWs?|all[- ]for[- ]all)\b/gi,
    ['prisoner', 'pow', 'all for', 'all-for'],
  ],
  ['humanitarian-measures', /\bhumanitarian (?:corridors?|aid|access|convoys?|pauses?|measures|issues)\b|\bevacuat(?:e|ion of) civilians\b/gi, ['humanitarian', 'evacuat']],
  [
    'leaders-meeting',
    /\b(?:one-on-one meet\w*|meet(?:ing)? (?:with |between )?(?:Mr\.? |President )?(?:Putin|Zelensk\w+|the Russian leader|the Ukrainian leader|the two leaders)|leaders['’]? (?:meeting|summit)|meeting (?:at the level )?of (?:the )?(?:heads of state|leaders|presidents))\b/gi,
    ['meet', 'leader'],
  ],
  ['demilitarisation', /\b(?:demilitari[sz]ation|disarm\w*)\b/gi, ['demilitari', 'disarm']],
  [
    'direct-talks',
    /\b(?:direct (?:talks|dialogues?|negotiations)|(?:peace )?talks with \w+|negotiations with \w+|contacts with \w+|continu(?:e|ing) (?:the )?(?:talks|negotiations|negotiating|contacts|communication|dialogue)|(?:accept|hold|join|start|begin)\s+(?:\w+\s+)?(?:peace\s+)?talks|negotiation channel|meet for talks|resume (?:previously interrupted )?talks|continued dialogue|talks first)\b/gi,
    ['direct', 'talks', 'negotiation', 'contacts', 'continu', 'meet', 'resume'],
  ],
  ['mediation', /\bmediat(?:e|ion|ing)\b|\bhost(?:ing)? (?:\w+ ){0,3}(?:talks|rounds?|negotiations|meeting|summit)\b/gi, ['mediat', 'host']],
  ['peacekeepers', /\bpeacekeep\w*/gi, ['peacekeep']],
];

/** A sentence opening with a subject pronoun (group 1): "It also ruled out …". */
const PRONOUN_SUBJECT = /^\W*(It|They|He|She)\s/;

const STANCE_CUES: Array<[Stance, RegExp]> = [
  [
    'against',
    /\b(?:(?:will|would|does|did|do) not accept|won['’]t accept|refuses? to accept|rejects?|rejected|rejecting|opposes|opposed|stood firm against|firm against|without (?:agreeing|committing) to|refuses?|refused|dismiss(?:es|ed)?|ruled out|rules out)\b/gi,
  ],
  [
    'for',
    /\b(?:wants?|wanted|seeks?|seeking|sought|demands?|demanding|demanded|calls? for|called for|call for|urged?|urges|urging|hoping (?:to secure|for|that)|hopes? (?:for|to)|pledged? to|pledges to|promised? to|vowed? to|hoped (?:for|to|that)|interested in|ready (?:to|for)|prepared to|open to|agreed (?:to|on)|agrees to|agreeing to|willing(?:ness)? to|advocates?(?: for)?|supports?|supported|supporting|support for|backs|backing|proposing|proposed|propose|offer(?:ed|s)?|appealed for|requires?|would require|pushing for|push for|rooting for|committed to|insists? on|(?:re)?affirm(?:s|ed)? (?:its |their )?(?:right to|commitment to)|insistence on|will insist on|eager to|threatening to|aimed to|aims to|encouraging|promote|accept(?:s|ed)?)\b/gi,
  ],
];

/** Words between a cue and its topic that turn "for" into "against": "drop plans to join NATO". */
const REVERSING = /\b(?:drop|drops|dropping|abandon\w*|halt|cease|stop|end (?:to|the|its|their|all)|an end to|block|prevent|ban on|without|renounc\w*|lift(?:ing)?|eas(?:e|ing) (?:of )?)\b/i;
/** Words right after a topic that reverse it: "sanctions relief". */
const REVERSING_AFTER = /^\s*(?:relief|being lifted|to be lifted|be lifted|lifted|removal)\b/i;
/** A new clause between cue and topic: the topic is no longer what the cue is about. */
const CLAUSE_BETWEEN =
  /,\s*(?:\w+ing|while|but|as|although|which|who)\b|;|\b(?:and|but) (?:also |then )?\w+(?:s|ed) (?:its|their|his|her|the|that|to)\b/i;
const CONDITION = /\b(?:if|on condition|unless|provided that|as long as|in exchange for|only after)\b/i;
/** A proposition accepted only once a demand is met: "before agreeing to any ceasefire". */
const CONDITIONAL_ACCEPT = /\b(?:before (?:agreeing to|accepting|signing)|only after agreeing to)\s+(?:any |a |an |the )?(?:\w+ )?$/i;
/** A cue in a hedged clause states no position: "did not appear ready", "unclear whether". */
const HEDGED_BEFORE = /\b(?:not|n['’]t|never|unclear (?:on )?whether|whether)\s+(?:\w+\s+){0,3}$/i;
/** A negation right before a cue: "does not want", "is not ready to", "never accepted". */
const NEGATED_BEFORE = /\b(?:not|n['’]t|never|no longer)\s+(?:be\s+|been\s+|yet\s+|currently\s+)?$/i;
/** For-cues whose negation is a refusal: "does not want a ceasefire" is against it; "did not back" says nothing. */
const NEGATABLE_FOR = /^(?:want(?:s|ed)?|support(?:s|ed)?|ready|prepared|willing|interested|open|accept(?:s|ed)?|agree[sd]?|seeks?)\b/i;

/**
 * The writer's or an analyst's guess at a party's aims, not its statement: "Moscow is likely
 * hoping for …", "Kyiv appears ready to …", "is believed to want …".
 */
const INFERRED_BEFORE =
  /\b(?:likely|probably|possibly|perhaps|presumably|apparently|appear(?:s|ed)?(?: to(?: be)?)?|seem(?:s|ed)?(?: to(?: be)?)?|(?:is|are|was|were) (?:believed|thought|expected|seen|understood) to(?: be)?|may (?:be|well)|might(?: be)?|could be)\s+(?:\w+\s+){0,1}$/i;
/** Words that report a statement: without one, "hoping for" is the writer's reading of a motive. */
const REPORTED = /\b(?:said|says|say|told|tells|stated|announced|according to|declared|wrote|posted)\b/i;
/** A sentence framed as commentary: "analysts say …", "according to experts …". */
const COMMENTARY_FRAME =
  /\b(?:analysts?|experts?|observers?|commentators?|think[- ]tanks?|scholars?|researchers?|critics|pundits)\b(?:\s+[\w'’-]+){0,4}\s+(?:say|said|says|believe[sd]?|think|thinks|thought|argue[sd]?|argues|suggest(?:s|ed)?|note[sd]?|expect(?:s|ed)?|warn(?:s|ed)?|reckon(?:s|ed)?)\b|\baccording to (?:\w+\s+){0,2}(?:analysts?|experts?|observers?|commentators?)\b|\b(?:in (?:my|our|his|her) (?:view|opinion|analysis))\b/i;

/**
 * A short or local pause is not the proposition "an immediate, unconditional ceasefire":
 * "a 30-hour Easter truce", "a four-day ceasefire along one stretch of the front", "24- to 48-hour ceasefires".
 */
const LIMITED_PAUSE_BEFORE =
  /(?:\b\d+\s*-?\s*(?:to|or)?\s*-?\s*\d*\s*-?\s*hours?|\b(?:one|two|three|four|five|[1-5])(?:[- ](?:to|or)[- ](?:one|two|three|four|five|[1-5]))?[- ]days?|\b(?:Easter|Christmas|Orthodox|holiday|Victory Day|energy|local(?:i[sz]ed)?|limited|partial|temporary|short|brief|humanitarian|air|sea|maritime|naval)(?:\s+\w+)?)\s*[- ]?$/i;
const LIMITED_PAUSE_AFTER = /^\s*(?:in (?:select|selected|some|certain|specific|several|parts of|sections of)\b|on (?:energy|the sea|some)\b|(?:along|on) (?:some|certain|specific) (?:sections|parts|areas)\b|for (?:Easter|Christmas|the holiday|Victory Day)\b|to (?:evacuate|allow|collect|recover|reclaim|retrieve)\b)/i;

/** Before a cue, makes it a noun: "the offer", "a call for". */
const NOUN_BEFORE = /\b(?:the|a|an|this|that|its|his|her|their)\s+$/i;
/** Between two cues, keeps the earlier from governing the later: "rejected X and agreed to". */
const COORDINATION = /\b(?:and|or|but|while|as)\b/i;
/** Where the text after a topic stops being about it, for a condition after it. */
const TOPIC_CLAUSE_END = /;|\sand\s|,\s*(?:and|but)\s/;

// Who holds a position (extractors/positions/holder.ts).
const CLAUSE_BREAK = /(?:;|,\s*but|\bbut\b|,\s*while|\bwhile\b|,\s*as|\bif\b|\bwhether\b|\bunless\b)\s/gi;
/** A name followed by its verb is the subject: "Zelenskiy had said", "Ankara has called", "Turkey had offered". */
const VERB_AFTER =
  /^\s+(?:\w+\s+)?(?:has|had|have|is|are|was|were|said|says|would|will|wants|seeks|demands|urged|called|appealed|offered|proposed|rejected|opposed|advocates|requires|stood|insists|told|also|\w+ed)\b/;
/** A name right before its cue is its subject: "Kremlin rejects", "Moscow has repeatedly said it will not accept". */
const DIRECT_SUBJECT = /^(?:\s+(?:has|have|had|is|are|was|were|also|repeatedly|again|now|on|\p{Lu}\p{Ll}+day|it|said|says|would|will|not|does|did|do|is not|still)){0,4}\s+$/u;
/** Cues inside "if …" or "whether …" are hypotheses, not positions. */
const HYPOTHETICAL = /\b(?:if|whether|unless)\s$/i;
/** A person reporting: "Umerov said", "said Umerov", "according to Umerov". */
const REPORTS_AFTER = /^\s*(?:,\s*)?(?:\w+\s+)?(?:said|says|told|noted|stated|added|argued|wrote|believes|thinks|explained|warned|suggested|insisted)\b/i;
const REPORTS_BEFORE = /(?:\bsaid|\bsays|\baccording to|\bwrote|\bargued)\s+(?:\S+\s+){0,5}$/i;
/** Between two names, joins them into one subject: "Russia and Ukraine", "Kyiv, Moscow". */
const JOINED = /^\s*(?:,\s*|,?\s+and\s+)$/;

export const positions: PositionLexicon = {
  TOPICS,
  // Built once, when the language loads: fifteen proposition patterns on each sentence with a
  // stance cue cost more than one look for their words.
  TOPIC_GATE: new WordGate(TOPICS.map(([, , words]) => words)),
  STANCE_CUES,
  REVERSING,
  REVERSING_AFTER,
  CLAUSE_BETWEEN,
  CONDITION,
  CONDITIONAL_ACCEPT,
  HEDGED_BEFORE,
  NEGATED_BEFORE,
  NEGATABLE_FOR,
  INFERRED_BEFORE,
  REPORTED,
  COMMENTARY_FRAME,
  LIMITED_PAUSE_BEFORE,
  LIMITED_PAUSE_AFTER,
  NOUN_BEFORE,
  COORDINATION,
  TOPIC_CLAUSE_END,
  CLAUSE_BREAK,
  VERB_AFTER,
  DIRECT_SUBJECT,
  HYPOTHETICAL,
  REPORTS_AFTER,
  REPORTS_BEFORE,
  JOINED,
  PRONOUN_SUBJECT,
};
