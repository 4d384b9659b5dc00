// The shape of one dated-event rule. Rules run in order for each date a sentence names,
// before the cue reading in ../events.ts; a rule returns null to pass. A rule that `owns`
// the date keeps it from the cue reading ("since the invasion began on Feb. 24" is not also
// a meeting that day); one that does not lets the cue reading add its own event.
import type { TalksEvent } from '../../../schema/bundle.ts';
import type { ArticleContext, Sentence } from '../../context.ts';
import type { ResolvedDate } from '../../reading/dates.ts';
import type { Cue } from '../../reading/event-cues.ts';

export interface DateRuleInput {
  ctx: ArticleContext;
  sentence: Sentence;
  date: ResolvedDate;
  dates: readonly ResolvedDate[];
  cues: readonly Cue[];
}

export interface DateRuleResult {
  events: TalksEvent[];
  owns: boolean;
}

export interface DateRule {
  id: string;
  /** Lower-case words one of which every sentence the rule can fire on holds (see word-gate.ts). */
  words: readonly string[];
  apply(input: DateRuleInput): DateRuleResult | null;
}

export interface Span {
  start: number;
  end: number;
}
