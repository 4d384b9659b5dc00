// English words that make a sentence about a talks event ("talks", "met", "ultimatum",
// "package of sanctions"), and the places such events happen in. Matched by
// reading/event-cues.ts, which says what each is for.
import type { EventKind } from '../../../schema/bundle.ts';
import { WordGate } from '../../reading/word-gate.ts';
import type { EventLexicon } from '../types.ts';

/**
 * Each kind's pattern, and words one of which every match of it holds: a sentence with
 * none of a pattern's words skips it (see reading/word-gate.ts).
 */
const CUE_PATTERNS: Array<[EventKind, RegExp, words: string[]]> = [
  // "gave Moscow 50 days", "if there is no deal within 50 days": a demand with a clock on it.
  ['ultimatum', /\bultimatums?\b|\b(?:threat(?:ened|ens)? to |(?:would|will) (?:soon )?)impose\b(?=[^.;]{0,40}\b(?:tariffs|sanctions|penalties)\b)|\b(?:gave|giving|gives|give)\s+(?:\w+\s+){1,2}\d+\s+days\b|\b(?:no (?:deal|agreement|ceasefire)|fails? to (?:agree|reach)\b[^.,;]{0,30}?)\s+(?:with)?in\s+\d+\s+days\b/gi, ['ultimatum', 'impose', 'days']],
  ['deadline', /\bdeadlines?\b/gi, ['deadline']],
  // "prisoner swap", "exchange, of 246 prisoners", "agreed to exchange all wounded soldiers".
  // "prisoner swap", "exchange, of 246 prisoners", "agreed to exchange all wounded soldiers",
  // "both sides freed 150 detained troops", "returned a further batch of captives",
  // "more are due to be released", "the second phase of the swap".
  ['prisoner-exchange', /\b(?:prisoners?|POWs?|detainees?|captives?)\b[\w\s()-]{0,24}?\b(?:exchange[ds]?|swap(?:ped|s)?)\b|\b(?:exchange[ds]?|swap(?:ped|s)?)\b,?(?: of)?(?: (?:all|some|the|about|more than|more|another|at least|[\d,]+|[a-z]+ly|wounded|severely|seriously|young|and|injured|sick|remaining|captured)){0,6} (?:prisoners|POWs|bodies|soldiers|servicemen|captives|civilians|detainees)\b|\b[\d,]+ (?:\w+ ){0,2}(?:prisoners|POWs|servicemen|soldiers|Ukrainians|Russians|captives|civilians)\b[^.;]{0,30}?\b(?:were (?:freed|released|returned|swapped)|returned home|came home|went home)\b|\b(?:released|freed|brought back|returned)\s+(?:another\s+|a further\s+|a\s+)?(?:[\d,]+|group of|batch of)\s+(?:\w+\s+){0,2}?(?:prisoners|POWs|soldiers|servicemen|captives|civilians|detainees)\b|\b(?:more|others|the rest)\s+(?:are\s+|were\s+)?(?:due|expected|set)\s+to\s+be\s+(?:released|freed|exchanged|swapped)\b|\b(?:stage|phase|part)\s+of\s+the\s+(?:\w+\s+)?(?:exchange|swap)\b/gi, ['prisoner', 'pow', 'detainee', 'captive', 'exchang', 'swap', 'freed', 'released', 'returned', 'came home', 'went home', 'brought back']],
  ['sanctions', /\b(?:sanctions? package|package of sanctions|new sanctions|sanctions)\b/gi, ['sanction']],
  ['talks', /\b(?:peace talks|talks|negotiations|round of talks|parley|peace conference)\b|\b(?:the|that|this|a|next|previous|first|second|third|fourth|fifth|latest|new|last|two|three) (?:\w+ )?rounds?\b(?! of (?:sanctions|strikes|attacks|shelling|mobili[sz]ation|voting))/gi, ['talks', 'negotiations', 'parley', 'conference', 'round']],
  // Not a cabinet, party or press meeting: those are domestic business, not talks.
  // The word boundary before the lookbehind (the two commute) lets the RegExp skip to word starts.
  ['meeting', /\b(?<!\b(?:cabinet|party|board|press|family|staff)\s)(?:meet|meets|(?<!\b(?:be|been|was|were|is|are)\s)met(?! with (?:scepticism|skepticism|criticism|resistance|silence|condemnation|approval|anger))|meeting|meetings|summit|forum|gathering|visits?|visited|travel(?:s|led|ed)? to|trip to)\b/gi, ['meet', 'met', 'summit', 'forum', 'gathering', 'visit', 'travel', 'trip to']],
  ['statement', /\b(?:statement|decree|announcement|announced|address|declaration)\b/gi, ['statement', 'decree', 'announc', 'address', 'declaration']],
  // A phone or video call is a call, not a meeting: "phoned Trump", "spoke by phone", and
  // "spoke to Vladimir Putin" (speaking to a named person; not "spoke to reporters", nor to an outlet).
  ['call', /\b(?:[Pp]hone call|[Tt]elephone call|[Vv]ideo call|in a call|call with|spoke by (?:tele)?phone|[Pp]honed|held a call|(?:[Ss]poke|[Tt]alked) (?:to|with) (?:(?:President|Prime Minister|Chancellor|Premier|Foreign Minister)\s+)?(?=[A-Z][a-z])(?!(?:Reuters|AFP|AP|CNN|BBC|Fox|Interfax|TASS|Ukrainska|Al Jazeera|Bloomberg)\b))/g, ['phone', 'video call', 'in a call', 'call with', 'spoke by', 'held a call', 'spoke to', 'spoke with', 'talked to', 'talked with']],
  ['other', /\bsign(?:ed|s|ing)?\b(?=[^.;]{0,50}\b(?:agreements?|deal|accords?|memorand(?:um|a)|declaration)\b)/gi, ['sign']],
];
/** Sanctions are an event only when someone acts on them, not when they are merely mentioned. */
const SANCTIONS_ACTION = /\b(?:agreed|adopted|approved|imposed|announced|unveiled|passed|introduced|levied|proposed|proposes|proposing|tabled)\b/i;

/** The eight patterns over every sentence took twice as long as the gate plus the patterns it lets through. */
const CUE_GATE = new WordGate(CUE_PATTERNS.map(([, , words]) => words));

const CITIES = [
  'Istanbul', 'Antalya', 'Ankara', 'Kyiv', 'Kiev', 'Moscow', 'Minsk', 'Geneva', 'Riyadh', 'Jeddah', 'Brussels',
  'Washington', 'Paris', 'London', 'Berlin', 'Vatican', 'Doha', 'Abu Dhabi', 'Helsinki', 'Budapest', 'Warsaw',
  'Anchorage', 'Alaska', 'Sochi', 'Gomel', 'Brest', 'Vienna', 'Rome', 'The Hague', 'Munich', 'Davos', 'Beijing',
];
const COUNTRIES = ['Turkey', 'Türkiye', 'Turkiye', 'Belarus', 'Ukraine', 'Russia', 'Saudi Arabia', 'Switzerland', 'Qatar', 'Hungary', 'Poland'];
// A city counts as a place after a preposition ("in Istanbul", "province of Antalya") or
// before an event word ("the Istanbul talks"); bare "Moscow" is usually the government, and so is
// "of Moscow's" ("the launch of Moscow's invasion"; findPlaces passes it over).
const CITY = CITIES.join('|');
const PLACE = new RegExp(
  `\\b(?:(?:in|at|to|from|inside|near|of) (?:the Turkish (?:resort|city|capital) of )?(${CITY})|(${CITY})(?= (?:talks|meeting|summit|negotiations|round))|(?:in|to|at) (${COUNTRIES.join('|')})|(?:at|inside|in) the (Kremlin))\\b`,
  'g',
);
/** "The Turkish resort city": a place named before, not here. */
const CITY_ANAPHOR = /\bthe (?:\w+ )?(?:resort |coastal |port )?(?:city|capital|resort)\b/i;

// Which event and which day (extractors/events.ts).
/** A clause of its own: after a semicolon, or a comma and a conjunction ("on Friday, but the meeting …"). */
const NEW_CLAUSE = /;|,\s*(?:but|and|while|although|though|whereas|yet|then)\b|\b(?:and|then)\s+(?:then|later|afterwards)\b/i;
/** "met Putin on Saturday, then phoned Zelensky": a second event told after the first, the same day. */
const THEN = /(?:,\s*|\band\s+)(?:then|later|afterwards)\s+$/i;
/** Speech verbs (global): a date nearer one of these is when it was said. */
const SPEECH = /\b(?:said|says|told|added|wrote|posted|stated|reported)\b/g;
/** An agreement reached, and the verb that reports one. */
const AGREEMENT = /\b(?:agreed|agreement|deal)\b/i;
const AGREED_VERB = /\bagreed\b/i;
/** The words of a swap that say it was done. */
const SWAP_DONE = /^(?:exchanged|swapped|released|freed|brought back|returned)\b|\b(?:were (?:freed|released|returned|swapped)|returned home|came home|went home)$/i;
/** Before a date that is a deadline, and the demand that makes one. */
const DEADLINE_LEAD = /\b(?:until|by|before|starting|no later than|deadline of)\s+(?:the\s+)?$/i;
const DEMAND = /\b(?:ultimatum|deadline|demand\w*|giving)\b/i;
/** Sentences about the past in general or about what might happen carry no event of the day. */
/** A sentence about what was talked over: "were discussed", "raised the issue of", "talked about". */
const DISCUSSED = /\b(?:discuss\w*|raised|talked about|considered|on the agenda)\b/i;
/** "… ended", "… wrapped up in Istanbul": the verb that says an event took place, just before its date. */
const TOOK_PLACE = /\b(?:concluded|ended|wrapped up|began|opened|started|took place|(?:was|were) held|resumed|kicked off|closed)\b[^,;.]{0,40}$/i;
/** "suggested the idea of talks", "proposed holding talks": talks someone put forward, before the event word. */
const PUT_FORWARD = /\b(?:suggested|proposed|offered|floated|put forward|called for)\s+(?:the\s+idea\s+of\s+|holding\s+|to hold\s+)?(?:[\w-]+\s+){0,3}$/i;
/** ", who heads the delegation for talks with Russia,": an aside about someone, closed by a comma. */
const ASIDE = /,\s*(?:who|which|whose)\b[^,;()]*,/g;
/** "the exchange", "this swap" with no word of prisoners (group 1 the noun); not an exchange of views, fire or letters. */
const BARE_EXCHANGE = /\b(?:the|this|that|an?|another|today['’]s|the latest)\s+(exchange|swap)\b(?!\s+(?:of\s+(?:views|fire|letters|opinions|information|notes|blows)|rates?)\b)/i;
const NOT_THE_DAY = /\b(?:previously|earlier|ago|since|last (?:year|month|week)|soon after|could|might|may|would|if|whether|possible|hopes?|\d{4})\b/i;

// Whether an event happened, is planned or was proposed or agreed (extractors/event-status.ts).
/** An agreement reached (not one refused): "agreed", "reached a deal". */
const AGREED =
  /(?<!\b(?:not|no|never|failed to|without)\s+(?:\w+\s+)?)\b(?:agreed|signed|approved|adopted|(?:reached|led to|struck|produced|yielded) (?:an? )?(?:agreement|deal)|an? (?:agreement|deal) (?:to|on|for))\b/i;
/** A proposal, and plans: "offered", "is due". */
const PROPOSED = /\b(?:propos(?:ed|es|e|ing|al)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|invit(?:ed|es|ing|ation))\b/i;
const PLANNED = /\b(?:will|shall|is due|are due|set to|to be held|scheduled|expected to|poised to|plans? to|would)\b/i;
/** "the Commission proposed an 18th package of sanctions": the act itself was a proposal. */
const PROPOSED_JUST_BEFORE = /\bpropos(?:ed|es|ing)\s+(?:(?:a|an|the|its|their|new|fresh|further|another|\d+\w*|\w+th)\s+){0,3}$/i;
// Who takes part (extractors/participants.ts).
/** Before a name that is a place: "in", "at the". */
const LOCATIVE = /\b(?:in|at|to|from|inside|near|into|across|over)\s+(?:the\s+)?$/u;
/** Between a state and a person it is the title of: "Turkish Foreign Minister". */
const TITLE_GAP = /^(?:\s+(?:[A-Z][\w.]*|of|the))*\s+$/;
/** Words that open a new clause: "The meetings … will offer a chance | after European leaders issued an ultimatum". */
const CLAUSE_BREAK = /\b(?:after|before|while|when|whereas|as|but|although|though|then|later)\b|[;—–]|,\s*(?:which|who|where)\b/g;
/** After an event word, the body that met: "of NATO foreign ministers" (group 1). */
const OF_BODY = /^\s+of\s+((?:the\s+)?[^,;.]{2,50}?)(?=\s+(?:in|at|on|that|which|who|to|for|with)\b|[,;.]|$)/;
/** Before "between A and B", the talks it names the sides of. */
const TALKS_NOUN = /\b(?:talks|negotiations|discussions|dialogue|contacts)\s+$/;
/** "between Ukraine and Russia": the sides, outright (group 1). */
const BETWEEN = /\bbetween\s+([^,;.]{3,80}?\s+and\s+[^,;.]{2,40}?)(?=[,;.]|\s+(?:in|at|on|to|for|over|with)\b|$)/;

export const events: EventLexicon = {
  CUE_PATTERNS,
  CUE_GATE,
  SANCTIONS_ACTION,
  PLACE,
  CITY_ANAPHOR,
  NEW_CLAUSE,
  THEN,
  SPEECH,
  AGREEMENT,
  AGREED_VERB,
  SWAP_DONE,
  DEADLINE_LEAD,
  DEMAND,
  NOT_THE_DAY,
  BARE_EXCHANGE,
  DISCUSSED,
  TOOK_PLACE,
  PUT_FORWARD,
  ASIDE,
  AGREED,
  PROPOSED,
  PLANNED,
  PROPOSED_JUST_BEFORE,
  LOCATIVE,
  TITLE_GAP,
  CLAUSE_BREAK,
  OF_BODY,
  TALKS_NOUN,
  BETWEEN,
};
