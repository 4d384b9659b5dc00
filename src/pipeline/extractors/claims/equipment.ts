// Military equipment as news copy counts it, one rule a family, most specific first:
// "tanks and other armoured vehicles" is one figure of armoured vehicles, "fuel tanks"
// are not tanks, "unmanned aerial vehicles" are drones, not vehicles.
import type { ClaimMetric } from '../../../schema/bundle.ts';

export interface EquipmentRule {
  id: string;
  /** Anchored at the words after a number; group 1 is the noun phrase as written. */
  pattern: RegExp;
  /** The metric when the sentence counts losses (or, for drones, an attack), else null. */
  metric: (sentence: string) => ClaimMetric | null;
}

const LOSS_VERB = /\b(?:lost|los(?:s|es)|destroy\w*|downed|shot down|sunk|sank|eliminated|knocked out|damaged|wiped out|hit|intercepted|neutrali[sz]ed|captured|seized|trophies)\b/i;
/** "Russia launched 472 drones", "117 drones had been used", "fired 80 drones". */
const ATTACK_VERB = /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|used|sent|deployed|(?:attack(?:ed|s)?|struck|strikes?|hit|targeted|pounded)\b[^.;]{0,40}\bwith)\b/i;
/** Arms promised or delivered are not anyone's losses: "will send 31 tanks". */
const SUPPLY_VERB = /\b(?:deliver\w*|suppl\w*|provid\w*|pledg\w*|promis\w*|donat\w*|sen[dt]s?|ship(?:s|ped|ping)?|transfer\w*|request\w*|ask\w*|order\w*|buy\w*|bought|purchas\w*|produc\w*|build\w*|built|has|have|own\w*|possess\w*)\b/i;
/** Two or more equipment figures in one sentence: a tally of losses, whatever its verb. */
const TALLY = /\d[\d,.\s]*\s+(?:[\p{L}-]+\s+){0,3}?(?:tanks|aircraft|helicopters|drones|UAVs|artillery|vehicles|launchers|systems|boats|ships|warships)\b[^]*?\d[\d,.\s]*\s+(?:[\p{L}-]+\s+){0,3}?(?:tanks|aircraft|helicopters|drones|UAVs|artillery|vehicles|launchers|systems|boats|ships|warships|mortars)\b/iu;

function losses(metric: ClaimMetric, attackToo = false) {
  return (sentence: string): ClaimMetric | null => {
    if (LOSS_VERB.test(sentence)) return metric;
    if (attackToo && ATTACK_VERB.test(sentence)) return metric;
    if (SUPPLY_VERB.test(sentence)) return null;
    return TALLY.test(sentence) ? metric : null;
  };
}

const rule = (id: string, phrase: string, metric: ClaimMetric, attackToo = false): EquipmentRule => ({
  id: `metric/${id}`,
  pattern: new RegExp(`^\\s*[“"‘']?(${phrase})[”"’']?(?![\\p{L}-])`, 'iu'),
  metric: losses(metric, attackToo),
});

export const EQUIPMENT_RULES: readonly EquipmentRule[] = [
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

/** Words that may stand between a number and its noun ("Russian", "enemy", "newborn"). */
export function isModifier(word: string): boolean {
  return !/^(?:than|over|per|percent|times|million|billion|thousand|hundred|year|years|days|hours|km|kilometres|kilometers|miles|tonnes|tons)$/i.test(word);
}
