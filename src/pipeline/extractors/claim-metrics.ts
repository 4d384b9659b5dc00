// What a number counts: the noun after it ("597 tanks", "17,200 Russian “occupiers”")
// and, for people, the verb that says what happened to them (killed, uprooted …).
import type { ClaimMetric } from '../../schema/bundle.ts';

export interface CountedNoun {
  metric: ClaimMetric;
  /** The noun as written: "tanks", "armoured vehicles", "people". */
  unit: string;
  /** Where the noun phrase ends, relative to the text it was read from. */
  end: number;
  /** Words between the number and the noun ("Russian"), where whose losses is often said. */
  between: string;
}

const EQUIPMENT: Array<[RegExp, ClaimMetric]> = [
  [/^tanks?$/i, 'tanks'],
  [/^(?:armou?red (?:personnel carriers|combat vehicles|vehicles)|apcs|combat vehicles|infantry fighting vehicles)$/i, 'armoured-vehicles'],
  [/^(?:jets|fighter jets|warplanes|planes|aircraft|airplanes)$/i, 'aircraft'],
  [/^helicopters?$/i, 'helicopters'],
  [/^(?:ships|warships|vessels|boats)$/i, 'ships'],
  [/^(?:artillery(?: systems| pieces| guns)?|rocket launchers|multiple rocket launchers|mlrs)$/i, 'artillery'],
  [/^(?:drones|uavs)$/i, 'drones'],
];
const HUMAN = /^(?:troops|soldiers|servicemen|personnel|occupiers|invaders|fighters|people|civilians|children|men|residents|citizens|ukrainians|russians|inhabitants|prisoners|pows|captives|deaths|refugees|casualties)$/i;
const RELEASED_PEOPLE = /^(?:servicemen|soldiers|troops|ukrainians|russians|civilians|fighters|men|citizens)$/;
const LOSS_VERB = /\b(?:lost|los(?:s|es)|destroyed|downed|shot down|sunk|sank|eliminated|knocked out|damaged|wiped out|hit)\b/i;
/** "Russia launched 472 drones", "117 drones had been used", "fired 80 drones". */
const ATTACK_VERB = /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|used|sent|deployed|attack(?:ed|s)? with|struck with)\b/i;
const OF_POSSESSIVE = /^\s+of\s+(?:its|their|our|his|her|the)\s+/i;
const NOUN_TOKEN = /^\s*([“”"'’‘]*)([\p{L}-]+)([“”"'’‘]*)/u;

/** Reads up to four words after a number and names what they count, or null. */
export function countedNoun(after: string, sentence: string): CountedNoun | null {
  // "31,000 of its soldiers": the noun follows a possessive.
  let offset = OF_POSSESSIVE.exec(after)?.[0].length ?? 0;
  const words: string[] = [];
  for (let i = 0; i < 4; i++) {
    const m = NOUN_TOKEN.exec(after.slice(offset));
    if (!m?.[2]) return null;
    const word = m[2];
    if (/^(?:and|or|of|in|to|from|at|on|by|with|for|the)$/i.test(word)) return null;
    words.push(word);
    offset += m[0].length;
    const metric = metricFor(words, sentence);
    if (metric) {
      const phrase = metric.phrase;
      return { metric: metric.metric, unit: phrase, end: offset, between: words.slice(0, words.length - metric.size).join(' ') };
    }
    if (/^[,.;:]/.test(after.slice(offset))) return null;
  }
  return null;
}

function metricFor(words: string[], sentence: string): { metric: ClaimMetric; phrase: string; size: number } | null {
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    const phrase = words.slice(-size).join(' ');
    for (const [pattern, metric] of EQUIPMENT) {
      if (!pattern.test(phrase)) continue;
      // Drones and missiles are counted when launched at a target too, not only when lost.
      const counts = LOSS_VERB.test(sentence) || (metric === 'drones' && ATTACK_VERB.test(sentence));
      return counts ? { metric, phrase, size } : null;
    }
  }
  const last = words.at(-1) ?? '';
  if (!HUMAN.test(last)) return null;
  const metric = humanMetric(last.toLowerCase(), sentence);
  return metric ? { metric, phrase: last, size: 1 } : null;
}

function humanMetric(noun: string, sentence: string): ClaimMetric | null {
  if (noun === 'refugees') return 'refugees';
  if (noun === 'deaths') return 'killed';
  if (noun === 'casualties') return 'other';
  if (/^(?:prisoners|pows|captives)$/.test(noun) && /\b(?:exchang|swap|releas|return|freed|handed over)/i.test(sentence)) {
    return 'prisoners-exchanged';
  }
  if (/^(?:prisoners|pows|captives)$/.test(noun) && /\b(?:held|captivity|captured)\b/i.test(sentence)) return 'captured';
  if (/\b(?:killed|killing|kills|dead|died|deaths|lost their lives|eliminated|liquidated|perished)\b/i.test(sentence)) return 'killed';
  if (/\b(?:wounded|injured)\b/i.test(sentence)) return 'wounded';
  // "a swap that freed 215 Ukrainians in return for 55 Russians": people coming home in an exchange.
  if (RELEASED_PEOPLE.test(noun) && /\b(?:freed|released|returned home|came home|swap\w*|exchang\w*|in return for)\b/i.test(sentence)) {
    return 'prisoners-exchanged';
  }
  if (/\b(?:captured|taken prisoner|surrendered)\b/i.test(sentence)) return 'captured';
  if (/\b(?:uproot\w*|displac\w*|fled|flee\w*|forced from|driven from|homeless|evacuated)\b/i.test(sentence)) return 'displaced';
  if (noun === 'people' && /\b(?:country|nation|population|home to|inhabitants)\b/i.test(sentence)) return 'population';
  // "Russia has lost 970,000 troops": losses counted together, killed and wounded alike.
  if (/\b(?:lost|losses|casualties)\b/i.test(sentence) && noun !== 'people') return 'other';
  return null;
}
