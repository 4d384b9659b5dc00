// What a number counts: the noun after it ("597 tanks", "17,200 Russian “occupiers”")
// and, for people, the verb of its own clause that says what happened to them
// ("11 civilians were killed", "3 million people fled"): never a verb of another clause.
import type { ClaimMetric } from '../../schema/bundle.ts';
import { EQUIPMENT_RULES, isModifier } from './claims/equipment.ts';
import { outcomeNear } from './claims/outcomes.ts';

export interface CountedNoun {
  metric: ClaimMetric;
  /** The noun as written: "tanks", "armoured vehicles", "people". */
  unit: string;
  /** Where the noun phrase ends, relative to the text it was read from. */
  end: number;
  /** Words between the number and the noun ("Russian"), where whose losses is often said. */
  between: string;
  /** The id of the rule that named the metric. */
  rule: string;
}

const HUMAN =
  /^(?:troops|soldiers|servicemen|servicemembers|personnel|occupiers|invaders|fighters|people|persons|civilians|children|babies|newborns|men|women|residents|citizens|ukrainians|russians|inhabitants|prisoners|pows|captives|deaths|refugees|casualties|losses|injuries|others|individuals|journalists|officials|members|paratroopers|marines|mercenaries|militants|defenders|detainees|hostages)$/i;
/** Counted events and places, not people: "85 attacks recorded", "134 targets hit". */
const THINGS = /^(?:attacks|strikes|targets|facilities|sites|objects|depots|strongholds|positions|posts|names|settlements|villages)$/i;
const THING_DONE = /\b(?:hit|struck|carried out|launched|destroyed|recorded|documented|verified|registered|liberated|captured|seized|handed over|list)\b/i;
/** "A list of 215 prisoners of war": names on a list, not people freed yet. */
const LIST_OF = /\blists?\s+of\s+$/i;
const CAPTIVES = /^(?:prisoners|pows|captives)$/;
const OF_POSSESSIVE = /^\s+of\s+(?:its|their|our|his|her|the|whom|which|them)\s+/i;
const NOUN_TOKEN = /^\s*([“”"'’‘]*)([\p{L}-]+)([“”"'’‘]*)/u;

/**
 * Reads the words after a number and names what they count, or null.
 * `after` runs from the number's end; `clause` is the text around the number that may hold its verb,
 * `beforeClause` the same clause before the number; `sentence` the whole sentence.
 */
export function countedNoun(after: string, sentence: string, beforeClause = ''): CountedNoun | null {
  let offset = OF_POSSESSIVE.exec(after)?.[0].length ?? 0;
  const words: string[] = [];
  for (let i = 0; i < 4; i++) {
    const rest = after.slice(offset);
    for (const rule of EQUIPMENT_RULES) {
      const m = rule.pattern.exec(rest);
      if (!m) continue;
      const metric = rule.metric(sentence);
      if (!metric) return null;
      return { metric, unit: m[1]!.trim(), end: offset + m[0].length, between: words.join(' '), rule: rule.id };
    }
    const m = NOUN_TOKEN.exec(rest);
    if (!m?.[2]) return null;
    const word = m[2];
    if (/^(?:and|or|of|in|to|from|at|on|by|with|for|the|were|was|are|is|have|has|had|who|which|that)$/i.test(word)) return null;
    offset += m[0].length;
    if (HUMAN.test(word)) return human(word, after, offset, sentence, beforeClause, words);
    if (THINGS.test(word)) {
      return THING_DONE.test(sentence) ? { metric: 'other', unit: word, end: offset, between: words.join(' '), rule: 'metric/counted-things' } : null;
    }
    if (!isModifier(word)) return null;
    words.push(word);
    if (/^[,.;:]/.test(after.slice(offset))) return null;
  }
  return null;
}

function human(word: string, after: string, offset: number, sentence: string, beforeClause: string, words: string[]): CountedNoun | null {
  const noun = word.toLowerCase();
  const made = (metric: ClaimMetric, rule: string): CountedNoun => ({ metric, unit: word, end: offset, between: words.join(' '), rule });
  if (noun === 'refugees') return made('refugees', 'metric/refugees');
  if (noun === 'deaths') return made('killed', 'metric/deaths');
  if (noun === 'injuries') return made('wounded', 'metric/injuries');
  if (noun === 'casualties' || noun === 'losses') return made('killed-and-wounded', 'metric/losses-noun');
  if (LIST_OF.test(beforeClause)) return made('other', 'metric/list-of-names');
  const outcome = outcomeNear(after.slice(offset), beforeClause, sentence);
  // Prisoners are captured people unless the clause says they were freed or swapped.
  if (CAPTIVES.test(noun) && outcome?.metric !== 'prisoners-exchanged') return made('captured', 'metric/captives');
  if (outcome) return made(outcome.metric, outcome.rule);
  return null;
}
