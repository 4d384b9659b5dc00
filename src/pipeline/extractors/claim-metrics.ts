// What a number counts: the noun after it ("597 tanks", "17,200 Russian “occupiers”")
// and, for people, the verb of its own clause that says what happened to them
// ("11 civilians were killed", "3 million people fled"): never a verb of another clause.
// The nouns are the language's (language/en/claims.ts).
import type { ClaimMetric } from '../../schema/bundle.ts';
import type { ClaimLexicon } from '../language/types.ts';
import { equipmentMetric, isModifier } from './claims/equipment.ts';
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

const NOUN_TOKEN = /^\s*([“”"'’‘]*)([\p{L}-]+)([“”"'’‘]*)/u;

/**
 * Reads the words after a number and names what they count, or null.
 * `after` runs from the number's end; `clause` is the text around the number that may hold its verb,
 * `beforeClause` the same clause before the number; `sentence` the whole sentence.
 */
export function countedNoun(after: string, sentence: string, beforeClause: string, lexicon: ClaimLexicon): CountedNoun | null {
  const { HUMAN, THINGS, THING_DONE, OF_POSSESSIVE, NOT_A_NOUN } = lexicon;
  let offset = OF_POSSESSIVE.exec(after)?.[0].length ?? 0;
  const words: string[] = [];
  for (let i = 0; i < 4; i++) {
    const rest = after.slice(offset);
    for (const rule of lexicon.EQUIPMENT) {
      const m = rule.pattern.exec(rest);
      if (!m) continue;
      const metric = equipmentMetric(rule, sentence, lexicon);
      if (!metric) return null;
      return { metric, unit: m[1]!.trim(), end: offset + m[0].length, between: words.join(' '), rule: rule.id };
    }
    const m = NOUN_TOKEN.exec(rest);
    if (!m?.[2]) return null;
    const word = m[2];
    if (NOT_A_NOUN.test(word)) return null;
    offset += m[0].length;
    if (HUMAN.test(word)) return human(word, after, offset, sentence, beforeClause, words, lexicon);
    if (THINGS.test(word)) {
      return THING_DONE.test(sentence) ? { metric: 'other', unit: word, end: offset, between: words.join(' '), rule: 'metric/counted-things' } : null;
    }
    if (!isModifier(word, lexicon)) return null;
    words.push(word);
    if (/^[,.;:]/.test(after.slice(offset))) return null;
  }
  return null;
}

function human(word: string, after: string, offset: number, sentence: string, beforeClause: string, words: string[], lexicon: ClaimLexicon): CountedNoun | null {
  const noun = word.toLowerCase();
  const made = (metric: ClaimMetric, rule: string): CountedNoun => ({ metric, unit: word, end: offset, between: words.join(' '), rule });
  const named = Object.hasOwn(lexicon.COUNTED_AS, noun) ? lexicon.COUNTED_AS[noun] : undefined;
  if (named) return made(named.metric, named.rule);
  if (lexicon.LIST_OF.test(beforeClause)) return made('other', 'metric/list-of-names');
  const outcome = outcomeNear(after.slice(offset), beforeClause, sentence, lexicon);
  // Prisoners are captured people unless the clause says they were freed or swapped.
  if (lexicon.CAPTIVES.test(noun) && outcome?.metric !== 'prisoners-exchanged') return made('captured', 'metric/captives');
  if (outcome) return made(outcome.metric, outcome.rule);
  return null;
}
