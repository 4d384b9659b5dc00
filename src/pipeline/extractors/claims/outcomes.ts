// What happened to the people a number counts, read from that number's own clause:
// the verb after the noun ("11 civilians were killed"), else the verb before the number
// ("has lost 900 soldiers"), else a sentence that speaks of one outcome only. A clause about
// people fleeing never gives a death toll, however many deaths the sentence mentions.
import type { ClaimMetric } from '../../../schema/bundle.ts';
import type { ClaimLexicon, OutcomeWord } from '../../language/types.ts';

export interface Outcome {
  metric: ClaimMetric;
  rule: string;
}

/** How far a clause reaches after its noun: up to the next figure or clause break. */
const AFTER_CLAUSE = /^[^\d;:()]{0,90}/;

/** `lexicon`: the language's outcome words (language/en/claims.ts). */
export function outcomeNear(afterNoun: string, beforeClause: string, sentence: string, lexicon: ClaimLexicon): Outcome | null {
  const OUTCOMES = lexicon.OUTCOMES;
  // "have exchanged 390 prisoners captured at the front": an exchange verb right before the number
  // says what happened to them; the words after the noun only describe them.
  if (lexicon.FIGURES.EXCHANGED_JUST_BEFORE.test(beforeClause)) return { metric: 'prisoners-exchanged', rule: 'outcome/exchange-verb-before' };
  const after = AFTER_CLAUSE.exec(afterNoun)?.[0] ?? '';
  const first = nearest(after, 'first', OUTCOMES);
  if (first) return { metric: first.metric, rule: `outcome/after-noun/${first.id}` };
  const last = nearest(beforeClause.slice(-70), 'last', OUTCOMES);
  if (last) return { metric: last.metric, rule: `outcome/before-number/${last.id}` };
  // The sentence as a whole, only when it speaks of a single outcome.
  const kinds = new Set(OUTCOMES.filter((o) => !o.nearOnly && test(o.pattern, sentence)).map((o) => o.metric));
  if (kinds.size !== 1) return null;
  const [metric] = kinds;
  return { metric: metric!, rule: 'outcome/sentence' };
}

function nearest(text: string, which: 'first' | 'last', OUTCOMES: readonly OutcomeWord[]): OutcomeWord | null {
  let best: OutcomeWord | null = null;
  let at = which === 'first' ? Infinity : -1;
  for (const outcome of OUTCOMES) {
    outcome.pattern.lastIndex = 0;
    for (let m = outcome.pattern.exec(text); m; m = outcome.pattern.exec(text)) {
      const better = which === 'first' ? m.index < at : m.index > at;
      if (better) {
        at = m.index;
        best = outcome;
      }
      if (which === 'first') break;
    }
  }
  return best;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
