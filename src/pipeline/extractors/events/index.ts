// The dated-event rules, in the order they are tried for each date a sentence names (the
// cue reading in ../events.ts comes after them). Add a rule: write it in its own file with
// an id, put it here where it should win, and give it a unit test in tests/pipeline.
import type { TalksEvent } from '../../../schema/bundle.ts';
import { mayMatch, WordGate, type GateWords, type PatternSet } from '../../reading/word-gate.ts';
import { datelineRule } from './dateline.ts';
import { reportedStrikeRule } from './reported-strike.ts';
import type { DateRule, DateRuleInput } from './rule.ts';
import { saidOnDateRule } from './said-on-date.ts';
import { warStartRule } from './war-start.ts';
import { withdrawalRule } from './withdrawal.ts';

export const DATE_RULES: readonly DateRule[] = [datelineRule, warStartRule, withdrawalRule, saidOnDateRule, reportedStrikeRule];

/** Rules with words are tried only on sentences holding one of them; those without, always. */
const GATED = DATE_RULES.filter((rule) => rule.words.length > 0);
const GATE = new WordGate(GATED.map((rule) => rule.words));

/** Which gated rules could fire in `text` (the cheap first look); 0 when none can. */
export function rulesIn(text: string | GateWords): PatternSet {
  return GATE.patternsIn(text);
}

/** The events the rules make of one date, and whether one of them owns it. */
export function applyDateRules(input: DateRuleInput, possible: PatternSet): { events: TalksEvent[]; owned: boolean } {
  const events: TalksEvent[] = [];
  for (const rule of DATE_RULES) {
    const gated = GATED.indexOf(rule);
    if (gated >= 0 && !mayMatch(possible, gated)) continue;
    const result = rule.apply(input);
    if (!result) continue;
    events.push(...result.events);
    if (result.owns) return { events, owned: true };
  }
  return { events, owned: false };
}
