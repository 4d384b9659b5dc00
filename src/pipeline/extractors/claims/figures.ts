// What one figure counts, by ordered rules (parsers in chrono's sense): the first rule
// that reads the figure wins; each returns null to pass. Percentages, money, years, ages
// and durations never reach these rules (numbers.ts tells them apart).
import type { ClaimMetric } from '../../../schema/bundle.ts';
import type { ClaimLexicon } from '../../language/types.ts';
import { countedNoun } from '../claim-metrics.ts';
import type { Quantity } from '../../reading/numbers.ts';

export interface Counted {
  metric: ClaimMetric;
  unit: string;
  nounEnd: number;
  rule: string;
}

export interface FigureInput {
  quantity: Quantity;
  sentence: string;
  /** The text after the figure, and before it back to the previous figure (its clause). */
  after: string;
  before: string;
  /** Up to 80 characters before the figure, across other figures: where a noun may come first. */
  window: string;
  previous: Counted | null;
  /** The language's words for what figures count. */
  lexicon: ClaimLexicon;
}

interface FigureRule {
  id: string;
  read: (input: FigureInput) => Omit<Counted, 'rule'> | null;
}

const PEOPLE_METRICS = new Set<ClaimMetric>(['killed', 'wounded', 'captured', 'other', 'prisoners-exchanged', 'killed-and-wounded']);

const rule = (id: string, read: FigureRule['read']): FigureRule => ({ id: `figure/${id}`, read });

export const FIGURE_RULES: readonly FigureRule[] = [
  rule('bodies-of', ({ quantity, window, after, lexicon }) => {
    if (!lexicon.FIGURES.BODIES_OF.test(window)) return null;
    const noun = countedNoun(after, '', '', lexicon);
    return { metric: 'bodies-repatriated', unit: `bodies${noun ? ` of ${noun.unit}` : ''}`, nounEnd: quantity.end + (noun?.end ?? 0) };
  }),
  rule('bodies-after', ({ quantity, after, lexicon }) => {
    const m = lexicon.FIGURES.BODIES_AFTER.exec(after);
    return m ? { metric: 'bodies-repatriated', unit: m[1]!, nounEnd: quantity.end + m[0].length } : null;
  }),
  rule('for-format-second', ({ before, lexicon }) => (lexicon.FIGURES.FOR_SECOND.test(before) ? SKIP : null)),
  rule('for-format', ({ quantity, after, sentence, lexicon }) =>
    lexicon.FIGURES.FOR_FORMAT.test(after) && lexicon.FIGURES.EXCHANGE_WORD.test(sentence) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('swap-of', ({ quantity, window, lexicon }) =>
    lexicon.FIGURES.SWAP_OF.test(window.slice(-50)) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('part-of-previous', ({ quantity, before, after, previous, lexicon }) => {
    if (!previous || !lexicon.FIGURES.PART_OF.test(before) || previous.metric === 'other') return null;
    // "losses of 1,000 troops, including 50 tanks": equipment is counted on its own.
    if (lexicon.EQUIPMENT.some((equipment) => equipment.pattern.test(after) || equipment.pattern.test(after.replace(/^\s+[\p{Lu}][\p{L}-]+/u, '')))) return null;
    const noun = /^\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(after);
    const people = noun && lexicon.FIGURES.PART_PEOPLE.test(noun[1]!);
    return { metric: previous.metric, unit: people ? noun[1]! : previous.unit, nounEnd: quantity.end + (people ? noun[0].length : 0) };
  }),
  rule('verb-then-figure', ({ quantity, before, after, lexicon }) => {
    const verb = lexicon.FIGURES.VERB_THEN_FIGURE.exec(before);
    if (!verb?.[1] || !lexicon.FIGURES.NO_NOUN_AFTER.test(after)) return null;
    return { metric: lexicon.FIGURES.VERB_KILLED.test(verb[1]) ? 'killed' : 'wounded', unit: 'people', nounEnd: quantity.end };
  }),
  // "shot down 45 of the 60 drones": the part counts what the whole does.
  rule('part-of-whole', ({ quantity, before, after, sentence, lexicon }) => {
    const whole = lexicon.FIGURES.PART_OF_WHOLE.exec(after);
    if (!whole) return null;
    const noun = countedNoun(after.slice(whole[0].length), sentence, before, lexicon);
    return noun ? { metric: noun.metric, unit: noun.unit, nounEnd: quantity.end } : null;
  }),
  rule('noun', ({ quantity, before, window, after, sentence, lexicon }) => {
    const noun = countedNoun(after, sentence, before, lexicon);
    if (!noun) return null;
    // "in return for 15 wounded Russian soldiers": people handed back, whatever their state.
    const metric = lexicon.FIGURES.RETURNED_FOR.test(window) && PEOPLE_METRICS.has(noun.metric) ? 'prisoners-exchanged' : noun.metric;
    return { metric, unit: noun.unit, nounEnd: quantity.end + noun.end, via: noun.rule };
  }),
  rule('each-side', ({ quantity, after, sentence, lexicon }) =>
    lexicon.FIGURES.EACH_SIDE.test(after) && lexicon.FIGURES.EXCHANGE_WORD.test(sentence) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('total-before', ({ quantity, window, after, lexicon }) => {
    const total = lexicon.FIGURES.TOTAL_BEFORE.exec(window);
    if (!total?.[1] || !lexicon.FIGURES.TOTAL_AFTER.test(after)) return null;
    const word = total[1].toLowerCase();
    return { metric: lexicon.FIGURES.TOTAL_KILLED.test(word) ? 'killed' : 'killed-and-wounded', unit: word, nounEnd: quantity.end };
  }),
  rule('of-those-fleeing', ({ quantity, after, lexicon }) => {
    const m = lexicon.FIGURES.FLEEING.exec(after);
    return m ? { metric: 'displaced', unit: 'people', nounEnd: quantity.end + m[0].length } : null;
  }),
  rule('bare-fled', ({ quantity, after, lexicon }) => {
    const fled = lexicon.FIGURES.BARE_FLED.exec(after);
    return fled ? { metric: 'displaced', unit: 'people', nounEnd: quantity.end + fled[0].length } : null;
  }),
  rule('bare-outcome', ({ quantity, after, previous, lexicon }) => {
    const bare = lexicon.FIGURES.BARE_OUTCOME.exec(after);
    if (!bare?.[1]) return null;
    const outcome = bare[1].toLowerCase();
    const metric = lexicon.FIGURES.OUTCOME_METRIC[outcome] ?? previous?.metric;
    return metric ? { metric, unit: previous?.unit ?? 'people', nounEnd: quantity.end + bare[0].length } : null;
  }),
  rule('more-of-the-same', ({ quantity, after, previous, lexicon }) =>
    previous && lexicon.FIGURES.MORE.test(after) ? { metric: previous.metric, unit: previous.unit, nounEnd: quantity.end } : null),
];

/** A rule may say a figure is part of another one ("1,000 for 1,000"): no claim, no other rule. */
const SKIP = { metric: 'other', unit: '', nounEnd: -1 } as const;

export function readFigure(input: FigureInput): Counted | null {
  for (const { id, read } of FIGURE_RULES) {
    const found = read(input) as (Omit<Counted, 'rule'> & { via?: string }) | null;
    if (found === SKIP) return null;
    if (!found) continue;
    const { via, ...counted } = found;
    return { ...counted, rule: via ? `${id}+${via}` : id };
  }
  return null;
}
