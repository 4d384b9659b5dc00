// What happened to the people a number counts, read from that number's own clause:
// the verb after the noun ("11 civilians were killed"), else the verb before the number
// ("has lost 900 soldiers"), else a sentence that speaks of one outcome only. A clause about
// people fleeing never gives a death toll, however many deaths the sentence mentions.
import type { ClaimMetric } from '../../../schema/bundle.ts';

export interface Outcome {
  metric: ClaimMetric;
  rule: string;
}

interface OutcomeWord {
  id: string;
  metric: ClaimMetric;
  pattern: RegExp;
}

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
  { id: 'lost', metric: 'killed-and-wounded', pattern: /\b(?:lost|lose|loses|losing)\b/gi },
];

/** How far a clause reaches after its noun: up to the next figure or clause break. */
const AFTER_CLAUSE = /^[^\d;:()]{0,90}/;

export function outcomeNear(afterNoun: string, beforeClause: string, sentence: string): Outcome | null {
  const after = AFTER_CLAUSE.exec(afterNoun)?.[0] ?? '';
  const first = nearest(after, 'first');
  if (first) return { metric: first.metric, rule: `outcome/after-noun/${first.id}` };
  const last = nearest(beforeClause.slice(-70), 'last');
  if (last) return { metric: last.metric, rule: `outcome/before-number/${last.id}` };
  // The sentence as a whole, only when it speaks of a single outcome.
  const kinds = new Set(OUTCOMES.filter((o) => o.id !== 'lost' && test(o.pattern, sentence)).map((o) => o.metric));
  if (kinds.size !== 1) return null;
  const [metric] = kinds;
  return { metric: metric!, rule: 'outcome/sentence' };
}

function nearest(text: string, which: 'first' | 'last'): OutcomeWord | null {
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
