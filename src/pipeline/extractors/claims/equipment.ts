// Military equipment as news copy counts it: the language's families (language/en/claims.ts),
// one a rule, most specific first, each with the metric a figure of it is when the sentence
// counts losses (or, for drones, an attack).
import type { ClaimMetric } from '../../../schema/bundle.ts';
import type { ClaimLexicon, EquipmentFamily } from '../../language/types.ts';

/** The family's metric when the sentence counts losses (or, for drones, an attack), else null. */
export function equipmentMetric(family: EquipmentFamily, sentence: string, lexicon: ClaimLexicon): ClaimMetric | null {
  if (lexicon.LOSS_VERB.test(sentence)) return family.metric;
  if (family.attackToo && lexicon.ATTACK_VERB.test(sentence)) return family.metric;
  if (lexicon.SUPPLY_VERB.test(sentence)) return null;
  return lexicon.TALLY.test(sentence) ? family.metric : null;
}

/** Words that may stand between a number and its noun ("Russian", "enemy", "newborn"). */
export function isModifier(word: string, lexicon: ClaimLexicon): boolean {
  return !lexicon.NOT_A_MODIFIER.test(word);
}
