// The words of stated positions: the topics parties take sides on and the verbs that
// say which side ("seeks", "opposed", "ready to … if"). Kept apart from the matching
// logic so the vocabulary can grow without touching it.
import type { Stance } from '../../schema/bundle.ts';

/** Each topic's pattern, and words one of which every match of it holds (see word-gate.ts). */
export const TOPICS: Array<[topic: string, pattern: RegExp, words: string[]]> = [
  ['ceasefire', /\b(?:ceasefires?|cease-fire|truce|halt (?:to )?the fighting)\b/gi, ['ceasefire', 'cease-fire', 'truce', 'halt']],
  ['nato-membership', /\b(?:NATO|Nato) (?:membership|aspirations|expansion|alliance)\b|\b(?:NATO|Nato)['’]s (?:eastern |eastward )?expansion\b|\bjoin(?:ing)? (?:the )?(?:NATO|Nato)\b|\bmembership (?:of|in) (?:NATO|Nato)\b/g, ['nato']],
  ['neutrality', /\bneutral(?:ity| status| position)?\b/gi, ['neutral']],
  ['territory', /\b(?:territor(?:y|ies|ial integrity)|annex(?:ation|ed)|Crimea|occupied regions|regions they claim|withdraw (?:\w+ ){0,2}(?:troops|forces))\b/gi, ['territor', 'annex', 'crimea', 'occupied regions', 'regions they claim', 'withdraw']],
  ['security-guarantees', /\bsecurity guarantees?\b/gi, ['security guarantee']],
  ['sanctions', /\bsanction(?:s|ing)?\b/gi, ['sanction']],
  ['military-aid', /\b(?:military (?:aid|support|assistance)|weapons deliveries|arms supplies)\b|\b(?:deliver|supply|send)(?:ing)? (?:\w+ ){0,3}(?:weapons|arms|missiles|air defen[cs]e|Patriot|tanks|jets)\b/gi, ['military', 'deliver', 'suppl', 'send']],
  ['prisoner-exchange', /\b(?:prisoners? (?:exchange|swap)|(?:swap|exchange) of (?:\w+ ){0,2}prisoners|prisoners of war|POWs?)\b/gi, ['prisoner', 'pow']],
  ['humanitarian', /\bhumanitarian\b/gi, ['humanitarian']],
  [
    'leaders-meeting',
    /\b(?:one-on-one meet\w*|meet(?:ing)? (?:with |between )?(?:Mr\.? |President )?(?:Putin|Zelensk\w+|the Russian leader|the Ukrainian leader|the two leaders)|leaders['’]? (?:meeting|summit))\b/gi, ['meet', 'leader'],
  ],
  ['demilitarisation', /\b(?:demilitari[sz]ation|disarm\w*)\b/gi, ['demilitari', 'disarm']],
  ['direct-talks', /\b(?:direct (?:talks|dialogues?|negotiations)|(?:peace )?talks with \w+|negotiations with \w+|contacts with \w+|continue (?:the )?(?:talks|negotiations)|negotiation channel|meet for talks|resume (?:previously interrupted )?talks|continued dialogue)\b/gi, ['direct', 'talks', 'negotiation', 'contacts', 'continue', 'meet', 'resume']],
  ['mediation', /\bmediat(?:e|ion|ing)\b|\bhost(?:ing)? (?:\w+ ){0,3}(?:talks|rounds?|negotiations|meeting|summit)\b/gi, ['mediat', 'host']],
  ['peacekeeping', /\bpeacekeep\w*/gi, ['peacekeep']],
];

export const STANCE_CUES: Array<[Stance, RegExp]> = [
  ['against', /\b(?:(?:will|would|does|did|do) not accept|won['’]t accept|refuses? to accept|rejects?|rejected|opposes|opposed|stood firm against|firm against|without (?:agreeing|committing) to|refuses?|refused|dismiss(?:es|ed)?)\b/gi],
  [
    'for',
    /\b(?:wants?|wanted|seeks?|seeking|sought|demands?|demanding|demanded|calls? for|called for|call for|urged?|urges|urging|hoping (?:to secure|for|that)|hopes? (?:for|to)|pledged? to|pledges to|promised? to|vowed? to|hoped (?:for|to|that)|interested in|ready (?:to|for)|prepared to|open to|agreed to|willing(?:ness)? to|advocates?(?: for)?|supports?|supported|supporting|support for|backs|backing|proposing|proposed|propose|offer(?:ed|s)?|appealed for|requires|pushing for|push for|rooting for|committed to|insists? on|eager to|threatening to|aimed to|aims to|encouraging|promote)\b/gi,
  ],
];

/** Words between a cue and its topic that turn "for" into "against": "drop plans to join NATO". */
export const REVERSING = /\b(?:drop|drops|dropping|abandon\w*|halt|cease|stop|end|block|prevent|ban on|without)\b/i;
/** Words right after a topic that reverse it: "sanctions relief". */
export const REVERSING_AFTER = /^\s*(?:relief|being lifted)\b/i;
/** A new clause between cue and topic: the topic is no longer what the cue is about. */
export const CLAUSE_BETWEEN = /,\s*(?:arguing|saying|adding|noting|while|but|as|although|which|who)\b|;/i;
export const CONDITION = /\b(?:if|on condition|unless|provided that|as long as)\b/i;
/** A cue in a negated or hedged clause states no position: "did not appear ready", "unclear whether". */
export const HEDGED_BEFORE = /\b(?:not|n['’]t|never|unclear (?:on )?whether|whether)\s+(?:\w+\s+){0,3}$/i;
