// English words of claimed figures: the nouns a number counts ("troops", "civilians",
// "attacks"), the families of military equipment as news copy counts them, and the verbs
// that make a figure of equipment a loss, an attack or a delivery. Matched by
// extractors/claim-metrics.ts and extractors/claims/equipment.ts.
import type { ClaimMetric } from '../../../schema/bundle.ts';
import type { ClaimLexicon, EquipmentFamily, OutcomeWord } from '../types.ts';

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
};
