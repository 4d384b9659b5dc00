// Stated positions of parties on propositions (src/schema/propositions.ts): a stance cue
// ("seeks", "opposed", "does not want") followed by the words of a proposition ("a ceasefire",
// "NATO membership"). The holder is the party whose stance it is (see positions/holder.ts):
// analysts, outlets and former officials hold none, however they are quoted.
import type { Position, Stance } from '../../schema/bundle.ts';
import type { ArticleReading, SentenceReading, SpokenPassage } from '../reading/types.ts';
import { traced } from '../trace.ts';
import { sentenceEvidence } from './evidence.ts';
import { itemId } from './ids.ts';
import { summaryPhrase } from './position-summary.ts';
import { cueFor, findCues } from './positions/cues.ts';
import { holdersOf } from './positions/holder.ts';
import { mayMatch } from '../reading/word-gate.ts';

export function extractPositions(ctx: ArticleReading): Position[] {
  const positions = new Map<string, Position>();
  // Who said each quoted passage: "we" in a quote is its speaker's side.
  const spoken = ctx.passages.filter((read): read is SpokenPassage => read.speaker !== null);
  for (const sentence of ctx.sentences) {
    for (const position of positionsInSentence(ctx, sentence, spoken)) {
      const key = `${position.actor}|${position.topic}|${position.date}`;
      if (!positions.has(key)) positions.set(key, position);
    }
  }
  return [...positions.values()];
}

function positionsInSentence(ctx: ArticleReading, sentence: SentenceReading, spoken: readonly SpokenPassage[]): Position[] {
  const text = sentence.text;
  // The language's words (src/pipeline/language/): propositions, stance cues and what turns them.
  const { TOPICS, TOPIC_GATE, CLAUSE_BETWEEN, CONDITION, CONDITIONAL_ACCEPT, LIMITED_PAUSE_AFTER, LIMITED_PAUSE_BEFORE, REVERSING, REVERSING_AFTER } = ctx.language.positions;
  // The one pass for proposition words first: most sentences name none, and then no stance
  // cue (two long alternations of stance words) needs to be looked for.
  const possible = TOPIC_GATE.patternsIn(sentence.gateWords);
  if (possible === 0) return [];
  const cues = findCues(text, ctx.language.positions);
  if (cues.length === 0) return [];
  // Dates cost a parse; most sentences with a stance word name no proposition, so read them only when one does.
  let statedOn: string | undefined;
  const found: Position[] = [];
  for (let t = 0; t < TOPICS.length; t++) {
    if (!mayMatch(possible, t)) continue;
    const [topic, pattern] = TOPICS[t]!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const after = text.slice(m.index + m[0].length);
      // "a 30-hour truce", "a two-day ceasefire in some areas": a pause, not the proposition.
      if (topic === 'ceasefire' && (LIMITED_PAUSE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || LIMITED_PAUSE_AFTER.test(after))) continue;
      const hung = cueFor(cues, text, m.index, ctx.language.positions);
      if (!hung) continue;
      const { cue, governing } = hung;
      const between = text.slice(cue.end, m.index);
      if (CLAUSE_BETWEEN.test(between)) continue;
      // "demanded a withdrawal before agreeing to any ceasefire": the ceasefire is accepted on a condition.
      const acceptedOnCondition = cue.stance === 'for' && CONDITIONAL_ACCEPT.test(text.slice(Math.max(0, m.index - 60), m.index));
      if (CONDITION.test(between) && !acceptedOnCondition) continue; // the topic sits inside a condition: "… if Putin declines the meeting"
      const holders = holdersOf(ctx, sentence, governing, text.slice(governing.start, governing.end), spoken);
      if (holders.length === 0) continue;
      const rules = [...cue.rules];
      let stance: Stance = acceptedOnCondition ? 'conditional' : cue.stance;
      if (stance === 'for' && (REVERSING.test(between) || REVERSING_AFTER.test(after))) {
        stance = 'against';
        rules.push('positions/reversed');
      }
      if (acceptedOnCondition) rules.push('positions/accepted-on-condition');
      const rest = after.split(ctx.language.positions.TOPIC_CLAUSE_END)[0] ?? '';
      if (CONDITION.test(rest)) {
        stance = 'conditional';
        rules.push('positions/condition-after');
      }
      const phrase = acceptedOnCondition
        ? summaryPhrase('', stance, topic)
        : summaryPhrase(text.slice(governing.start, m.index + m[0].length), stance, topic);
      statedOn ??= sentence.dates.find((date) => date.date <= ctx.publishedAt)?.date ?? ctx.publishedAt;
      for (const holder of holders) {
        const name = ctx.actors.get(holder.party)?.name ?? holder.party;
        const position: Position = {
          id: itemId('position', ctx.articleId, sentence.start, holder.party, topic, stance),
          origin: 'extracted',
          evidence: [sentenceEvidence(ctx, sentence)],
          actor: holder.party,
          topic,
          stance,
          summary: `${name}: ${phrase}`,
          date: statedOn,
        };
        if (holder.speaker) position.speaker = holder.speaker;
        found.push(traced(position, ...rules, holder.rule));
      }
      break;
    }
  }
  return found;
}
