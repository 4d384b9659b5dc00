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

/** "the bodies of 6,000 soldiers", "the remains of an additional 3,000": bodies handed over. */
const BODIES_OF = /\b(?:bodies|remains)\s+of\s+(?:an?\s+)?(?:additional|another|further|more than|some|about|around|at least|over|nearly)?\s*$/i;
const BODIES_AFTER = /^\s+(?:more\s+)?(?:[\p{L}-]+\s+)?(bodies|remains)\b/u;
const SWAP_OF = /\b(?:prisoners?|POWs?)(?:[\s-]of[\s-]war)?[\s-](?:swap|exchange)s?\s+(?:of|involving)\s+(?:some\s+|about\s+|up to\s+)?$/i;
/** "1,000 for 1,000", "the “2,500-for-2,500” formula": an exchange counted per side. */
const FOR_FORMAT = /^[”"’']?\s?[-–]?\s?for\s?[-–]?\s?[“"‘']?\d/i;
const FOR_SECOND = /\d[”"’']?\s?[-–]?\s?for\s?[-–]?\s?[“"‘']?$/i;
const RETURNED_FOR = /\b(?:in return for|in exchange for|swapped for|exchanged for|traded for)\s+$/i;
const PEOPLE_METRICS = new Set<ClaimMetric>(['killed', 'wounded', 'captured', 'other', 'prisoners-exchanged', 'killed-and-wounded']);
const EACH_SIDE = /^\s+(?:on|from|for)\s+(?:each|either|both)\s+sides?\b|^\s+each\b|^\s+apiece\b/i;
const EXCHANGE_WORD = /\b(?:exchang\w*|swap\w*)\b/i;
/** "putting total losses at about 985,000", "the death toll rose to 41": a total with its noun before it. */
const TOTAL_BEFORE = /\b(losses|casualties|death toll|toll|dead)\b[^.;:]{0,60}?\b(?:at|to|of|reached|reaching|totall?ed|stands at|stood at|is|was)\s+$/i;
/** "11 civilians were killed and 43 injured", "Sumy region: 3 killed", "88 had been shot down". */
const BARE_OUTCOME =
  /^\s+(?:of (?:which|them|those|whom)\s+)?(?:(?:were|was|had been|have been|has been|are|is)\s+(?:also\s+|reportedly\s+)?)?(injured|wounded|killed|dead|shot down|downed|destroyed|displaced|released|freed|detained|missing|captured)\b/i;
const FLEEING = /^\s+of\s+(?:those|the people|people)\s+(?:fleeing|who (?:have\s+)?fled)\b/i;
const MORE = /^\s+more\b/i;

const OUTCOME_METRIC: Record<string, ClaimMetric> = {
  injured: 'wounded', wounded: 'wounded', killed: 'killed', dead: 'killed', displaced: 'displaced',
  released: 'prisoners-exchanged', freed: 'prisoners-exchanged', detained: 'other', missing: 'other', captured: 'captured',
};

const rule = (id: string, read: FigureRule['read']): FigureRule => ({ id: `figure/${id}`, read });

/** "…, including 4 children", "of whom 12": a part of the figure before, with its outcome. */
const PART_OF = /(?:\bincluding|\bamong them|\bof (?:which|whom|them))\s+$/i;
/** "and injured more than 100": a figure right after its verb, with no noun of its own. */
const VERB_THEN_FIGURE = /\b(killed|injured|wounded)\s+$/i;
const NO_NOUN_AFTER = /^\s*(?:[,.;:)]|$|(?:others?|more|people)\b|(?:and|in|on|at|during|since)\s)/i;

const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|these|those)\s+(?:\d{1,3}(?:,\d{3})+|\d+)/;

export const FIGURE_RULES: readonly FigureRule[] = [
  rule('bodies-of', ({ quantity, window, after, lexicon }) => {
    if (!BODIES_OF.test(window)) return null;
    const noun = countedNoun(after, '', '', lexicon);
    return { metric: 'bodies-repatriated', unit: `bodies${noun ? ` of ${noun.unit}` : ''}`, nounEnd: quantity.end + (noun?.end ?? 0) };
  }),
  rule('bodies-after', ({ quantity, after }) => {
    const m = BODIES_AFTER.exec(after);
    return m ? { metric: 'bodies-repatriated', unit: m[1]!, nounEnd: quantity.end + m[0].length } : null;
  }),
  rule('for-format-second', ({ before }) => (FOR_SECOND.test(before) ? SKIP : null)),
  rule('for-format', ({ quantity, after, sentence }) =>
    FOR_FORMAT.test(after) && EXCHANGE_WORD.test(sentence) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('swap-of', ({ quantity, window }) =>
    SWAP_OF.test(window.slice(-50)) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('part-of-previous', ({ quantity, before, after, previous, lexicon }) => {
    if (!previous || !PART_OF.test(before) || previous.metric === 'other') return null;
    // "losses of 1,000 troops, including 50 tanks": equipment is counted on its own.
    if (lexicon.EQUIPMENT.some((equipment) => equipment.pattern.test(after) || equipment.pattern.test(after.replace(/^\s+[\p{Lu}][\p{L}-]+/u, '')))) return null;
    const noun = /^\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(after);
    const people = noun && /^(?:children|women|men|civilians|soldiers|servicemen|minors|people|babies|teenagers|officers|journalists)$/i.test(noun[1]!);
    return { metric: previous.metric, unit: people ? noun[1]! : previous.unit, nounEnd: quantity.end + (people ? noun[0].length : 0) };
  }),
  rule('verb-then-figure', ({ quantity, before, after }) => {
    const verb = VERB_THEN_FIGURE.exec(before);
    if (!verb?.[1] || !NO_NOUN_AFTER.test(after)) return null;
    return { metric: /killed/i.test(verb[1]) ? 'killed' : 'wounded', unit: 'people', nounEnd: quantity.end };
  }),
  // "shot down 45 of the 60 drones": the part counts what the whole does.
  rule('part-of-whole', ({ quantity, before, after, sentence, lexicon }) => {
    const whole = PART_OF_WHOLE.exec(after);
    if (!whole) return null;
    const noun = countedNoun(after.slice(whole[0].length), sentence, before, lexicon);
    return noun ? { metric: noun.metric, unit: noun.unit, nounEnd: quantity.end } : null;
  }),
  rule('noun', ({ quantity, before, window, after, sentence, lexicon }) => {
    const noun = countedNoun(after, sentence, before, lexicon);
    if (!noun) return null;
    // "in return for 15 wounded Russian soldiers": people handed back, whatever their state.
    const metric = RETURNED_FOR.test(window) && PEOPLE_METRICS.has(noun.metric) ? 'prisoners-exchanged' : noun.metric;
    return { metric, unit: noun.unit, nounEnd: quantity.end + noun.end, via: noun.rule };
  }),
  rule('each-side', ({ quantity, after, sentence }) =>
    EACH_SIDE.test(after) && EXCHANGE_WORD.test(sentence) ? { metric: 'prisoners-exchanged', unit: 'prisoners', nounEnd: quantity.end } : null),
  rule('total-before', ({ quantity, window, after }) => {
    const total = TOTAL_BEFORE.exec(window);
    if (!total?.[1] || !/^\s*(?:[,.;:)–—-]|$|\s(?:since|in|so far|to date|as of|by|people|troops|soldiers)\b)/i.test(after)) return null;
    const word = total[1].toLowerCase();
    return { metric: /toll|dead/.test(word) ? 'killed' : 'killed-and-wounded', unit: word, nounEnd: quantity.end };
  }),
  rule('of-those-fleeing', ({ quantity, after }) => {
    const m = FLEEING.exec(after);
    return m ? { metric: 'displaced', unit: 'people', nounEnd: quantity.end + m[0].length } : null;
  }),
  rule('bare-outcome', ({ quantity, after, previous }) => {
    const bare = BARE_OUTCOME.exec(after);
    if (!bare?.[1]) return null;
    const outcome = bare[1].toLowerCase();
    const metric = OUTCOME_METRIC[outcome] ?? previous?.metric;
    return metric ? { metric, unit: previous?.unit ?? 'people', nounEnd: quantity.end + bare[0].length } : null;
  }),
  rule('more-of-the-same', ({ quantity, after, previous }) =>
    previous && MORE.test(after) ? { metric: previous.metric, unit: previous.unit, nounEnd: quantity.end } : null),
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
