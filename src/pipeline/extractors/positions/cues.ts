// Stance cues in a sentence ("seeks", "rejected", "does not want") and the cue a topic hangs on.
import type { Stance } from '../../../schema/bundle.ts';
import type { PositionLexicon } from '../../language/types.ts';
import { byStart, overlapsAny } from '../../reading/spans.ts';

export interface Cue {
  stance: Stance;
  start: number;
  end: number;
  /** Rule ids that set the stance (for the item's trace). */
  rules: string[];
}

/** How far after its cue a topic may be and still be what the cue is about. */
export const TOPIC_REACH = 120;
/** What may stand between a governing cue and the cue it governs: "rejected [the ultimatum to] agree to". */
const GOVERNED_GAP = /^[^,;]{0,60}$/;

/** The stance cues in `text`, read with the language's stance words. */
export function findCues(text: string, lexicon: PositionLexicon): Cue[] {
  const { HEDGED_BEFORE, NEGATABLE_FOR, NEGATED_BEFORE, NOUN_BEFORE, STANCE_CUES } = lexicon;
  const cues: Cue[] = [];
  // Indexed, with no closure over the match: see event-cues.ts.
  for (let p = 0; p < STANCE_CUES.length; p++) {
    const stance = STANCE_CUES[p]![0];
    const pattern = STANCE_CUES[p]![1];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(cues, start, end)) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      if (NOUN_BEFORE.test(before)) continue; // "the offer", "a call for"
      if (NEGATED_BEFORE.test(before)) {
        // "does not want a ceasefire" refuses it; "did not back it" says nothing either way.
        if (stance === 'for' && NEGATABLE_FOR.test(m[0])) cues.push({ stance: 'against', start, end, rules: ['positions/negated-wish'] });
        continue;
      }
      if (HEDGED_BEFORE.test(before)) continue;
      cues.push({ stance, start, end, rules: [`positions/cue-${stance}`] });
    }
  }
  return cues.sort(byStart);
}

/**
 * The cue a topic at `at` hangs on, followed back to the verb that governs it: in "rejected
 * calls for a ceasefire" and "rejected the ultimatum to agree to a ceasefire" the refusal
 * governs, so the stance is against and the holder is whoever rejected.
 */
export function cueFor(cues: Cue[], text: string, at: number, lexicon: PositionLexicon): { cue: Cue; governing: Cue } | undefined {
  let index = -1;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.end <= at && at - cue.end <= TOPIC_REACH) {
      index = i;
      break;
    }
  }
  if (index < 0) return undefined;
  const cue = cues[index]!;
  let governing = cue;
  let stance = cue.stance;
  const rules = [...cue.rules];
  for (let i = index - 1; i >= 0; i--) {
    const earlier = cues[i]!;
    const gap = text.slice(earlier.end, governing.start);
    if (!GOVERNED_GAP.test(gap) || lexicon.COORDINATION.test(gap)) break;
    governing = earlier;
    if (earlier.stance === 'against' || stance === 'against') stance = 'against';
    rules.push('positions/governed-cue');
  }
  return { cue: { ...cue, stance, rules }, governing };
}
