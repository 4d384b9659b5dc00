// English words of claimed figures: the nouns a number counts ("troops", "civilians",
// "attacks"), the families of military equipment as news copy counts them, and the verbs
// that make a figure of equipment a loss, an attack or a delivery. Matched by
// extractors/claim-metrics.ts and extractors/claims/equipment.ts.
import type { ClaimMetric } from '../../../schema/bundle.ts';
import type { ClaimantWords, ClaimLexicon, EquipmentFamily, FigureWords, OutcomeWord, SourceWords } from '../types.ts';

const HUMAN =
  /^(?:troops|soldiers|servicemen|servicemembers|personnel|occupiers|invaders|fighters|people|persons|civilians|children|babies|newborns|men|women|residents|citizens|ukrainians|russians|inhabitants|prisoners|pows|captives|deaths|refugees|casualties|losses|injuries|others|individuals|journalists|officials|members|paratroopers|marines|mercenaries|militants|defenders|detainees|hostages)$/i;
/** Counted events and places, not people: "85 attacks recorded", "134 targets hit". */
const THINGS = /^(?:attacks|strikes|targets|facilities|sites|objects|depots|strongholds|positions|posts|names|settlements|villages)$/i;
const THING_DONE = /\b(?:hit|struck|carried out|launched|destroyed|recorded|documented|verified|registered|liberated|captured|seized|handed over|list)\b/i;
/** "A list of 215 prisoners of war": names on a list, not people freed yet. */
const LIST_OF = /\blists?\s+of\s+$/i;
const CAPTIVES = /^(?:prisoners|pows|captives)$/;
const OF_POSSESSIVE = /^\s+of\s+(?:its|their|our|his|her|the|whom|which|them)\s+/i;
/** Words right after a number that end the look for its noun. */
const NOT_A_NOUN = /^(?:and|or|of|in|to|from|at|on|by|with|for|the|were|was|are|is|have|has|had|who|which|that)$/i;
/** Nouns (lower-case) that name their metric whatever the verb: "deaths", "casualties". */
const COUNTED_AS: Readonly<Record<string, { metric: ClaimMetric; rule: string }>> = {
  refugees: { metric: 'refugees', rule: 'metric/refugees' },
  deaths: { metric: 'killed', rule: 'metric/deaths' },
  injuries: { metric: 'wounded', rule: 'metric/injuries' },
  casualties: { metric: 'killed-and-wounded', rule: 'metric/losses-noun' },
  losses: { metric: 'killed-and-wounded', rule: 'metric/losses-noun' },
};
/** Words that may not stand between a number and its noun ("than", "per", units). */
const NOT_A_MODIFIER = /^(?:than|over|per|percent|times|million|billion|thousand|hundred|year|years|days|hours|km|kilometres|kilometers|miles|tonnes|tons)$/i;

// Military equipment, one family a rule, most specific first: "tanks and other armoured
// vehicles" is one figure of armoured vehicles, "fuel tanks" are not tanks, "unmanned aerial
// vehicles" are drones, not vehicles.
/** A figure of equipment lost, destroyed or captured. */
const LOSS_VERB = /\b(?:lost|los(?:s|es)|destroy\w*|downed|shot down|sunk|sank|eliminated|knocked out|damaged|wiped out|hit|intercepted|neutrali[sz]ed|captured|seized|trophies)\b/i;
/** "Russia launched 472 drones", "117 drones had been used", "fired 80 drones". */
const ATTACK_VERB = /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|used|sent|deployed|(?:attack(?:ed|s)?|struck|strikes?|hit|targeted|pounded)\b[^.;]{0,40}\bwith)\b/i;
/** Arms promised or delivered are not anyone's losses: "will send 31 tanks". */
const SUPPLY_VERB = /\b(?:deliver\w*|suppl\w*|provid\w*|pledg\w*|promis\w*|donat\w*|sen[dt]s?|ship(?:s|ped|ping)?|transfer\w*|request\w*|ask\w*|order\w*|buy\w*|bought|purchas\w*|produc\w*|build\w*|built|has|have|own\w*|possess\w*)\b/i;
/** Two or more equipment figures in one sentence: a tally of losses, whatever its verb. */
const TALLY = /\d[\d,.\s]*\s+(?:[\p{L}-]+\s+){0,3}?(?:tanks|aircraft|helicopters|drones|UAVs|artillery|vehicles|launchers|systems|boats|ships|warships)\b[^]*?\d[\d,.\s]*\s+(?:[\p{L}-]+\s+){0,3}?(?:tanks|aircraft|helicopters|drones|UAVs|artillery|vehicles|launchers|systems|boats|ships|warships|mortars)\b/iu;

const rule = (id: string, phrase: string, metric: ClaimMetric, attackToo = false): EquipmentFamily => ({
  id: `metric/${id}`,
  pattern: new RegExp(`^\\s*[“"‘']?(${phrase})[”"’']?(?![\\p{L}-])`, 'iu'),
  metric,
  attackToo,
});

const EQUIPMENT: readonly EquipmentFamily[] = [
  rule('tanks-and-armour', 'tanks and (?:other )?armou?red (?:combat |fighting |personnel )?(?:vehicles|carriers)', 'armoured-vehicles'),
  rule('vehicles-and-fuel-tanks', '(?:military )?vehicles and fuel tanks', 'vehicles'),
  rule('fuel-tanks', 'fuel (?:tanks|tankers|trucks)', 'other'),
  rule('drones', 'unmanned aerial vehicles|unmanned aircraft|UAVs|drones', 'drones', true),
  rule('armoured', 'armou?red (?:personnel carriers|combat vehicles|fighting vehicles|vehicles|cars)|APCs|IFVs|infantry fighting vehicles|combat vehicles', 'armoured-vehicles'),
  rule('rocket-launchers', 'multiple (?:launch )?rocket (?:launchers|launch systems|systems)|rocket launchers|MLRS|rocket systems', 'rocket-launchers'),
  rule('air-defence', '(?:anti-aircraft|air[ -]defen[cs]e|surface-to-air) (?:warfare |missile )?(?:systems|complexes|guns|launchers)|air[ -]defen[cs]e (?:means|units)', 'air-defence'),
  rule('artillery', '(?:field )?artillery(?: systems| pieces| guns| vehicles| units)?(?: and mortars)?|howitzers|mortars', 'artillery'),
  rule('aircraft', 'fighter jets|jets|warplanes|planes|aircraft|airplanes|fighters? aircraft', 'aircraft'),
  rule('helicopters', 'helicopters', 'helicopters'),
  rule('ships', 'warships|ships|vessels|boats(?:/cutters)?|cutters', 'ships'),
  rule('vehicles', '(?:special )?(?:military )?(?:motor )?vehicles|(?:military )?trucks', 'vehicles'),
  rule('tanks', 'tanks', 'tanks'),
];

// What happened to the people a number counts (extractors/claims/outcomes.ts).
// Most specific first: on a tie at one place, the earlier entry wins.
const OUTCOMES: readonly OutcomeWord[] = [
  { id: 'killed-and-wounded', metric: 'killed-and-wounded', pattern: /\b(?:killed|dead)(?:,| and| or|\s*[-–—/])\s*(?:wounded|injured)\b|\bcasualties\b|\blosses\b/gi },
  { id: 'killed', metric: 'killed', pattern: /\b(?:killed|killing|dead|died|die|deaths|lost their lives|perished|eliminated|liquidated|death toll)\b/gi },
  { id: 'wounded', metric: 'wounded', pattern: /\b(?:wounded|injured|injuries|hurt)\b/gi },
  { id: 'displaced', metric: 'displaced', pattern: /\b(?:fled|flee\w*|displac\w*|uproot\w*|forced (?:to (?:run|flee|leave)|from|out)|driven (?:from|out)|homeless|evacuat\w*|left (?:the country|their homes)|crossed (?:into|the border))/gi },
  { id: 'exchanged', metric: 'prisoners-exchanged', pattern: /\b(?:freed|releas\w*|(?:returned|return|came|come|coming|brought) home|(?:were|was|been) returned|hand(?:ed|s|ing)? over|handover|swap\w*|exchang\w*|trad(?:e|es|ed|ing)\b|in return for)/gi },
  { id: 'captured', metric: 'captured', pattern: /\b(?:captured|(?:taken|took) prisoner|surrendered|in captivity|held (?:captive|prisoner))\b|^\s*prisoners?\b(?![\s-]+(?:exchange|swap))/gi },
  { id: 'held-or-trapped', metric: 'other', pattern: /\b(?:detained|arrested|abducted|disappear\w*|missing|hostages?|trapped|stranded|besieged|deported|lack(?:ing)? (?:food|water|medicine|shelter|electricity)|into (?:acute |severe )?(?:hunger|poverty|famine)|in need of (?:aid|help|assistance))\b/gi },
  // "Russia has lost 900 soldiers": people lost to a side, killed and wounded alike.
  { id: 'lost', metric: 'killed-and-wounded', pattern: /\b(?:lost|lose|loses|losing)\b/gi, nearOnly: true },
];

// The words around a figure that say what it counts without a noun after it: bodies,
// swaps counted per side, totals, bare outcomes (extractors/claims/figures.ts).
/** "the bodies of 6,000 soldiers", "the remains of an additional 3,000": bodies handed over. */
const BODIES_OF = /\b(?:bodies|remains)\s+of\s+(?:an?\s+)?(?:additional|another|further|more than|some|about|around|at least|over|nearly)?\s*$/i;
const BODIES_AFTER = /^\s+(?:more\s+)?(?:[\p{L}-]+\s+)?(bodies|remains)\b/u;
const SWAP_OF = /\b(?:prisoners?|POWs?)(?:[\s-]of[\s-]war)?[\s-](?:swap|exchange)s?\s+(?:of|involving)\s+(?:some\s+|about\s+|up to\s+)?$/i;
/** "1,000 for 1,000", "the “2,500-for-2,500” formula": an exchange counted per side. */
const FOR_FORMAT = /^[”"’']?\s?[-–]?\s?for\s?[-–]?\s?[“"‘']?\d/i;
const FOR_SECOND = /\d[”"’']?\s?[-–]?\s?for\s?[-–]?\s?[“"‘']?$/i;
const RETURNED_FOR = /\b(?:in return for|in exchange for|swapped for|exchanged for|traded for)\s+$/i;
const EACH_SIDE = /^\s+(?:on|from|for)\s+(?:each|either|both)\s+sides?\b|^\s+each\b|^\s+apiece\b/i;
const EXCHANGE_WORD = /\b(?:exchang\w*|swap\w*)\b/i;
/** "putting total losses at about 985,000", "the death toll rose to 41": a total with its noun before it. */
const TOTAL_BEFORE = /\b(losses|casualties|death toll|toll|dead)\b[^.;:]{0,60}?\b(?:at|to|of|reached|reaching|totall?ed|stands at|stood at|is|was)\s+$/i;
/** "11 civilians were killed and 43 injured", "Sumy region: 3 killed", "88 had been shot down". */
const BARE_OUTCOME =
  /^\s+(?:of (?:which|them|those|whom)\s+)?(?:(?:were|was|had been|have been|has been|are|is)\s+(?:also\s+|reportedly\s+)?)?(injured|wounded|killed|dead|shot down|downed|destroyed|displaced|released|freed|detained|missing|captured)\b/i;
/** "10m have fled their homes", "4 million have fled the country": people, with no noun of their own. */
const BARE_FLED = /^\s+(?:people\s+)?(?:have\s+|has\s+|had\s+)?(?:already\s+|now\s+)?fled\s+(?:their homes|the country|abroad|to (?:other|neighbou?ring) countries|\p{Lu})/u;
/** Right before a figure: "have exchanged", "swapped another", "freed some". */
const EXCHANGED_JUST_BEFORE = /\b(?:exchanged|swapped|released|freed)\s+(?:another\s+|a further\s+|some\s+|about\s+|more than\s+|at least\s+|over\s+|nearly\s+)?$/i;
const FLEEING = /^\s+of\s+(?:those|the people|people)\s+(?:fleeing|who (?:have\s+)?fled)\b/i;
const MORE = /^\s+more\b/i;

const OUTCOME_METRIC: Record<string, ClaimMetric> = {
  injured: 'wounded', wounded: 'wounded', killed: 'killed', dead: 'killed', displaced: 'displaced',
  released: 'prisoners-exchanged', freed: 'prisoners-exchanged', detained: 'other', missing: 'other', captured: 'captured',
};


/** "…, including 4 children", "of whom 12": a part of the figure before, with its outcome. */
const PART_OF = /(?:\bincluding|\bamong them|\bof (?:which|whom|them))\s+$/i;
/** "and injured more than 100": a figure right after its verb, with no noun of its own. */
/** "and injured more than 100", "attacks kill 18, injure 110" (headlines). */
const VERB_THEN_FIGURE = /\b(killed|injured|wounded|kills?|injures?|wounds?)\s+(?:more than\s+|at least\s+|about\s+|nearly\s+|over\s+)?$/i;
const NO_NOUN_AFTER = /^\s*(?:[,.;:)]|$|(?:others?|more|people)\b|(?:and|in|on|at|during|since|over|across|overnight)\s)/i;

const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|these|those)\s+(?:\d{1,3}(?:,\d{3})+|\d+)/;
/** A part of the figure before that names people (the whole word): "including 4 children". */
const PART_PEOPLE = /^(?:children|women|men|civilians|soldiers|servicemen|minors|people|babies|teenagers|officers|journalists)$/i;
/** Of VERB_THEN_FIGURE's verbs, the one that kills (else they wound). */
const VERB_KILLED = /^kill/i;
/** What may follow a total with its noun before it: the clause's end, or "so far". */
const TOTAL_AFTER = /^\s*(?:[,.;:)–—-]|$|\s(?:since|in|so far|to date|as of|by|people|troops|soldiers)\b)/i;
/** Of TOTAL_BEFORE's nouns (lower-case), those that count the dead only. */
const TOTAL_KILLED = /toll|dead/;
/** Sticky, at a name's end: the name's side lost them ("Russia's forces have lost"). */
const OWN_LOSS_VERB = /(?:['’]s?)?(?:\s+(?:forces|troops|army|military|side))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:lost|sustained|suffered)\b/y;
/** "since February 24": when the counting began, not when the claim was made. */
const PERIOD_START = /\b(?:since|from|between|after|before)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?$/i;
/** A date phrase that is itself a start: "from 4 am on 24 February". */
const STARTS_PERIOD = /^(?:since|from|between)\b/i;
/** "Since the invasion began on February 24, …": a date inside a since-clause dates the start too. */
const IN_SINCE_CLAUSE = /\bsince\b[^,;:.]*$/i;
/** "as of April 4", "by the end of May": the date a figure counts up to. */
const AS_OF = /\b(?:as of|as at|by|by the end of|at the end of|as of the end of|up to|through|until|till)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?$/i;
/** "…, and Germany about 1.2 million": a second figure for another place, its noun left out. */
const ELLIPTIC_PLACE = /(?:\band|,)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:has\s+)?(?:taken|received|hosts?|took in)\s+)?$/u;

const FIGURES: FigureWords = {
  BODIES_OF,
  BODIES_AFTER,
  SWAP_OF,
  FOR_FORMAT,
  FOR_SECOND,
  RETURNED_FOR,
  EACH_SIDE,
  EXCHANGE_WORD,
  TOTAL_BEFORE,
  TOTAL_AFTER,
  TOTAL_KILLED,
  BARE_OUTCOME,
  OUTCOME_METRIC,
  BARE_FLED,
  EXCHANGED_JUST_BEFORE,
  FLEEING,
  MORE,
  PART_OF,
  PART_PEOPLE,
  VERB_THEN_FIGURE,
  VERB_KILLED,
  NO_NOUN_AFTER,
  PART_OF_WHOLE,
  OWN_LOSS_VERB,
  PERIOD_START,
  STARTS_PERIOD,
  IN_SINCE_CLAUSE,
  AS_OF,
  ELLIPTIC_PLACE,
};

// Who makes a claim (extractors/claims/claimant.ts).
/** Speech and reporting verbs, including those news copy uses for figures. */
const SOURCE_VERB =
  /\b(?:said|says|say|told|tells|added|stated|states|claimed|claims|reported|reports|announced|noted|specified|reiterated|estimated|estimates|estimate|believe|believes|assessed|confirmed|presented|put|wrote|posted|according to|citing|referring to)\b/gi;
/** Between a body and its verb: a name and title ("… Ministry Oleg Varnikov told"). */
const BODY_TO_VERB = /^(?:\s+(?:spokes\w+|official|representative|chief|head|press service|\p{Lu}[\p{L}'’.-]+))*\s*(?:,\s*)?(?:has\s+|have\s+|also\s+|on\s+\p{Lu}\p{L}+\s+)*$/u;
/** Between a citing word and a body: "data from the". */
const VERB_TO_BODY = /^\s+(?:(?:the|a|an|data|figures|from|of)\s+)*(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:['’]s\s+)?$/u;
/** A capitalised name right before a speech verb: "…, Varnikov stated". */
const NAME_BEFORE_VERB = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:also\s+)?(?:said|says|stated|told|added|noted|claimed|specified|reiterated|estimated|reported)\b/gu;
/** A capitalised name right after one: "said Varnikov". */
const NAME_AFTER_VERB = /\b(?:said|according to|added|told)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
/** Between a body or country and a name: only titles ("'s Defence Ministry spokesman Oleg "). */
const TITLE_WORDS =
  /^(?:['’]s?)?(?:[\s,]+(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|spokes\w+|minister|official|representative|ambassador|envoy|head|chief|deputy|aide|adviser|advisor|commander|president|prime|foreign|defen[cs]e|ministry|under|secretary(?:-general)?|general|press|negotiator|delegation|agency|office|mayor|governor|director|military|intelligence|army|staff))*\s*$/u;
/** Capitalised words that are no one's surname. */
const NOT_A_NAME = /^(?:The|He|She|It|They|This|That|These|We|I|Mr|Ms|Mrs|Officials|Police|Authorities|Rescuers|Witnesses|Residents|Sources|Analysts|Experts|Medics|Doctors|Moscow|Kyiv|Kiev|Reuters|AFP|AP|TASS|Interfax|UNN)$/;
/** "…, the ministry said": a speaker named by a common noun only; never the country named before it. */
const UNNAMED_SPEAKER =
  /,\s+(?:the|a|an|its|their)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:also\s+)?(?:said|says|added|reported|stated|claimed|announced)(?:\s*[.!?"”’]*\s*$|,\s)/;
/** "…,” he said", "according to him", "according to their data": the speaker of the sentences before. */
const PRONOUN_SPEAKER =
  /\b(?:he|she|they)\s+(?:also\s+|later\s+|further\s+)?(?:said|says|added|specified|noted|stated|told|claimed|explained|stressed|reported)\b|\baccording to (?:him|her|them|their\b)/i;
/** "The army also claimed …": an institution named before, standing for the last claimant. */
const INSTITUTION_ANAPHOR =
  /\b(?:the|its)\s+(?:army|military|armed forces|general staff|(?:defen[cs]e )?ministry|government|officials|authorities)\b[^.]{0,30}?\b(?:said|says|claimed|claims|reported|reports|added|estimated|estimates)\b/i;
/** "It said …", "They added …" opening a sentence: the source of the sentences just before. */
const PRONOUN_SOURCE = /^\W*(?:It|They)\s+(?:also\s+)?(?:said|says|added|reported|claimed|stated)\b/;
/** Sources the actor list does not hold: "officials", "analysts". */
/** "This is reported by X": a sentence of its own naming who reported the figures before it. */
const REPORTED_AFTER = /^\W*(?:This|That|These|It)\s+(?:is|was|were|has been|had been)\s+(?:reported|stated|announced|said|published)\s+(?:by|in)\b/i;
/** "… referring to", "citing": the source the reporter cites. */
const CITING = /\b(?:referring to|citing|with reference to|according to|quoting)\s/i;
/** "with Russia reporting", "with the ministry saying": a clause giving the source of the figures after it. */
const WITH_REPORTING = /\bwith\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:reporting|saying|claiming|citing|putting|estimating)\b/u;
/** "is said to", "was also mentioned", "were recorded": a report that names no new source. */
const PASSIVE_REPORT = /\b(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:said|reported|mentioned|stated|claimed|believed|recorded|registered)\b/i;
/** "the report", "this update": the source's own document. */
const SOURCE_DOCUMENT = /\b(?:the|this|that|its|their)\s+(?:report|update|statement|data|figures|tally|bulletin|summary|briefing)s?\b/i;
const OTHER_SOURCE = /\b(?:officials|sources|analysts|experts|observers|estimates|monitors|researchers)\b/i;
/** After a body, the verb that makes it speak (group 1: what stands between). */
const VERB_AFTER_BODY = /^([^]*?)\b(?:said|says|told|stated|claimed|claims|reported|reports|announced|noted|specified|estimated|estimates|added|put|puts|assessed|presented|published|confirmed)\b/;
/** Before a body, words that cite it (group 1: what stands between): "according to", "data from". */
const CITED_BEFORE = /\b(?:according to|said|citing|referring to|(?:data|figures|report|post|statement|assessment|update|estimates?) (?:of|from|by))\b([^,;.]*)$/i;
/** An unnamed speaker that is a body of the side quoted just before: "the ministry". */
const UNNAMED_BODY = /\b(?:ministry|staff|force|forces|army|military|service|agency|spokes\w+|office)\b/;
/** Of SOURCE_VERB's verbs, those whose subject is the source even with no other sign. */
const ASSESSING_VERB = /^(?:reiterated|specified|assessed|estimated|confirmed|presented)$/i;

const CLAIMANTS: ClaimantWords = {
  SOURCE_VERB,
  // Built once: the same without its global flag, for a plain test.
  SOURCE_VERB_ANY: new RegExp(SOURCE_VERB.source, 'i'),
  BODY_TO_VERB,
  VERB_TO_BODY,
  NAME_BEFORE_VERB,
  NAME_AFTER_VERB,
  TITLE_WORDS,
  NOT_A_NAME,
  UNNAMED_SPEAKER,
  PRONOUN_SPEAKER,
  INSTITUTION_ANAPHOR,
  PRONOUN_SOURCE,
  OTHER_SOURCE,
  PASSIVE_REPORT,
  WITH_REPORTING,
  REPORTED_AFTER,
  CITING,
  SOURCE_DOCUMENT,
  VERB_AFTER_BODY,
  CITED_BEFORE,
  UNNAMED_BODY,
  ASSESSING_VERB,
};

// Bodies that publish figures, and whether anyone checked a figure (claims/bodies.ts,
// claims/headline.ts, verification.ts, claims.ts).
/** Bodies that publish figures (global): "the General Staff", "the Defence Ministry". */
const BODY =
  /\b(?:general staff|(?:armed|air|naval|land|ground|border) (?:forces|force|guard(?: service)?)|(?:defen[cs]e|foreign|interior) ministry|ministry of (?:defen[cs]e|foreign affairs|internal affairs|health)|defen[cs]e (?:department|intelligence)|(?:military )?intelligence(?: agency| services?)?|prosecutor(?:['’]s office| general)|emergency service|coordination (?:headquarters|centre|center)|ombudsman|military|army|navy|government|authorities|officials)\b/gi;
/** The same words, for a test or a single find (no shared position to reset). */
const BODY_ANY = new RegExp(BODY.source, 'i');
/** Between a country's name and its body: "Ukraine's ", "the Russian ", "UK ". */
const COUNTRY_GAP = /^(?:['’]s)?\s+(?:(?:armed|ministry|state|national|military|of|the)\s+)*$/i;
/** After a body: "of Ukraine", "of the Russian Federation", "of Ukraine's Armed Forces", "of Great Britain". */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+){1,3}of\s+(?:the\s+)?)?(?:Great\s+)?$/u;
/** The article saying a figure could not be checked: "could not be independently verified". */
const UNVERIFIED =
  /\b(?:not (?:been |be )?(?:independently )?(?:verified|confirmed)|could not (?:be )?(?:independently )?(?:verif|confirm)\w*|cannot (?:be )?(?:independently )?(?:verif|confirm)\w*|unable to (?:independently )?(?:verify|confirm)|neither\b[^.]{0,60}\b(?:been |be )?(?:independently )?(?:verified|confirmed)|unverified|unconfirmed|impossible to (?:independently )?verify)\b/i;
/** Words by which a verification sentence reaches back to claims made before it. */
const REACHES_BACK = /\b(?:neither|these|those|both|the (?:figures|claims|numbers|reports)|such claims|the claim)\b/i;
/** "Kyiv says …" in a headline (group 1: the source). */
const HEADLINE_SAYS = /^([^\n]{2,50}?)\s+(?:says|claims|reports|said|claimed)\b/i;
/** "The UN has verified …": a body that counted the figure itself. */
const CHECKED_BY = /\b(?:has|have|had)\s+(?:independently\s+)?(?:verified|documented|recorded|registered|counted)\b/i;
/** Words by which an article casts doubt on a figure it reports. */
const DOUBTED = /\b(?:allegedly|alleged|purportedly|purported|supposedly|unsubstantiated|without (?:providing |offering )?evidence)\b/i;
/** Words by which an independent body says it checked a figure itself. */
const CHECKED_WORDS = /\b(?:verified|documented|confirmed|recorded|registered|counted)\b/i;

const SOURCES: SourceWords = {
  BODY,
  BODY_ANY,
  COUNTRY_GAP,
  OF_COUNTRY,
  HEADLINE_SAYS,
  UNVERIFIED,
  REACHES_BACK,
  CHECKED_BY,
  CHECKED_WORDS,
  DOUBTED,
};

export const claims: ClaimLexicon = {
  HUMAN,
  THINGS,
  THING_DONE,
  LIST_OF,
  CAPTIVES,
  OF_POSSESSIVE,
  NOT_A_NOUN,
  COUNTED_AS,
  NOT_A_MODIFIER,
  EQUIPMENT,
  LOSS_VERB,
  ATTACK_VERB,
  SUPPLY_VERB,
  TALLY,
  OUTCOMES,
  FIGURES,
  CLAIMANTS,
  SOURCES,
};
