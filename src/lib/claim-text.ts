// Words for a claim. Every sentence says who makes the claim, when, and whether anyone
// has checked it: figures in this product are reported, never asserted.
import { VERIFICATION_TEXT, formatDate, formatNumber } from './labels.ts';
import type { Claim, ClaimMetric } from '../schema/bundle.ts';

export const METRIC_LABELS: Record<ClaimMetric, string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  'killed-and-wounded': 'Killed and wounded',
  captured: 'Captured',
  tanks: 'Tanks',
  'armoured-vehicles': 'Armoured vehicles',
  aircraft: 'Aircraft',
  helicopters: 'Helicopters',
  ships: 'Ships',
  artillery: 'Artillery',
  'rocket-launchers': 'Rocket launchers',
  'air-defence': 'Air-defence systems',
  vehicles: 'Other vehicles',
  drones: 'Drones',
  displaced: 'Displaced people',
  refugees: 'Refugees',
  'prisoners-exchanged': 'Prisoners exchanged',
  'bodies-repatriated': 'Bodies repatriated',
  population: 'Population',
  'tariff-percent': 'Tariff (%)',
  other: 'Other figures',
};

/** How the counted thing happened, after the number: "17,200 soldiers killed". */
const METRIC_VERB: Partial<Record<ClaimMetric, string>> = {
  killed: 'killed',
  wounded: 'wounded',
  'killed-and-wounded': 'killed or wounded',
  captured: 'captured',
  tanks: 'lost',
  'armoured-vehicles': 'lost',
  aircraft: 'lost',
  helicopters: 'lost',
  ships: 'lost',
  artillery: 'lost',
  drones: 'lost',
  'rocket-launchers': 'lost',
  'air-defence': 'lost',
  vehicles: 'lost',
  displaced: 'displaced',
  'prisoners-exchanged': 'exchanged',
  'bodies-repatriated': 'repatriated',
};

/**
 * The questions the claims view answers, one chart each. Only losses and humanitarian figures
 * are claims about the war: population, tariffs and money are not charted.
 */
export const METRIC_FAMILIES = [
  { id: 'personnel', label: 'Personnel losses: killed, wounded, captured', metrics: ['killed', 'wounded', 'killed-and-wounded', 'captured'] },
  {
    id: 'equipment',
    label: 'Equipment lost, by type',
    metrics: ['tanks', 'armoured-vehicles', 'artillery', 'rocket-launchers', 'air-defence', 'aircraft', 'helicopters', 'drones', 'ships', 'vehicles'],
  },
  { id: 'displacement', label: 'People displaced and refugees', metrics: ['displaced', 'refugees'] },
  { id: 'exchanges', label: 'Prisoners exchanged and bodies repatriated', metrics: ['prisoners-exchanged', 'bodies-repatriated'] },
] as const satisfies readonly { id: string; label: string; metrics: readonly ClaimMetric[] }[];

export type MetricFamily = (typeof METRIC_FAMILIES)[number];
export type MetricFamilyId = MetricFamily['id'];

const FAMILY_OF = new Map<ClaimMetric, MetricFamily>(METRIC_FAMILIES.flatMap((family) => family.metrics.map((metric) => [metric, family] as const)));

/** The chart a metric belongs on, or null for figures this view does not chart. */
export function familyOf(metric: ClaimMetric): MetricFamily | null {
  return FAMILY_OF.get(metric) ?? null;
}

const LOSS_METRICS = new Set<ClaimMetric>([...METRIC_FAMILIES[0].metrics, ...METRIC_FAMILIES[1].metrics]);

/** 2000000 → "2 million"; 17200 → "17,200". */
export function formatFigure(value: number): string {
  const millions = value / 1_000_000;
  if (Math.abs(value) >= 1_000_000 && Number.isInteger(millions * 10)) return `${millions} million`;
  return formatNumber(value, 2);
}

/** The figure as written: qualifier kept ("more than 2 million"), ranges as ranges ("5–7"). */
export function formatClaimValue(claim: Pick<Claim, 'value' | 'valueHigh' | 'qualifier' | 'unit'>): string {
  const percent = claim.unit === '%' ? '%' : '';
  const figure =
    claim.valueHigh === null
      ? `${formatFigure(claim.value)}${percent}`
      : `${formatFigure(claim.value)}–${formatFigure(claim.valueHigh)}${percent}`;
  const rangeWords = new Set(['between', 'from']);
  const qualifier = claim.qualifier && !(claim.valueHigh !== null && rangeWords.has(claim.qualifier)) ? claim.qualifier : null;
  return qualifier ? `${qualifier} ${figure}` : figure;
}

function subjectPhrase(metric: ClaimMetric, subjectName: string | null): string {
  if (!subjectName) return '';
  if (LOSS_METRICS.has(metric)) return ` on ${subjectName}'s side`;
  if (metric === 'displaced' || metric === 'refugees' || metric === 'population') return ` in ${subjectName}`;
  return ` (${subjectName})`;
}

/**
 * Nouns fit to repeat in our own words. A claimant's loaded term for the dead ("occupiers",
 * "militants") stays in the quoted sentence and is left out of the label.
 */
const NEUTRAL_UNITS = new Set([
  'soldiers', 'troops', 'servicemen', 'personnel', 'people', 'civilians', 'children', 'fighters',
  'prisoners', 'prisoners of war', 'tanks', 'armoured vehicles', 'jets', 'aircraft', 'planes', 'helicopters',
  'ships', 'vessels', 'drones', 'artillery systems', 'guns', 'refugees', '%',
]);

export function neutralUnit(unit: string): string {
  return NEUTRAL_UNITS.has(unit.toLowerCase()) ? unit : '';
}

/** The figure with its noun and what happened, in neutral words: "17,200 soldiers killed", "597 tanks lost". */
export function figurePhrase(claim: Pick<Claim, 'metric' | 'value' | 'valueHigh' | 'qualifier' | 'unit'>): string {
  const noun = neutralUnit(claim.unit);
  const unit = noun === '%' ? ' tariff' : noun ? ` ${noun}` : '';
  const verb = METRIC_VERB[claim.metric] ? ` ${METRIC_VERB[claim.metric]}` : '';
  return `${formatClaimValue(claim)}${unit}${verb}`;
}

export interface ClaimNames {
  claimant: string;
  subject: string | null;
}

export type ClaimWords = Pick<Claim, 'claimant' | 'metric' | 'value' | 'valueHigh' | 'qualifier' | 'unit' | 'verification' | 'date'>;

/** "According to Ukrainian armed forces: 17,200 soldiers killed on Russia's side (not independently verified) — 29 Mar 2022" */
export function claimSentence(claim: ClaimWords, names: ClaimNames): string {
  const source = claim.claimant === 'unattributed' ? 'No source named' : `According to ${names.claimant}`;
  const what = `${figurePhrase(claim)}${subjectPhrase(claim.metric, names.subject)}`;
  return `${source}: ${what} (${VERIFICATION_TEXT[claim.verification]}) — ${formatDate(claim.date)}`;
}

const OPEN_ABOVE = /^(more than|over|at least|above|in excess of|upwards of|no fewer than|no less than)\b/i;
const OPEN_BELOW = /^(up to|fewer than|less than|under|below|at most|no more than|nearly|almost)\b/i;
const LOOSE = /^(about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to)\b/i;

/** How a hedge bounds a single figure: "more than 10" is 10 and above; "about 10" is loose either way. */
export function hedgeOf(claim: Pick<Claim, 'qualifier' | 'valueHigh'>): 'above' | 'below' | 'about' | null {
  if (claim.valueHigh !== null || !claim.qualifier) return null;
  if (OPEN_ABOVE.test(claim.qualifier)) return 'above';
  if (OPEN_BELOW.test(claim.qualifier)) return 'below';
  if (LOOSE.test(claim.qualifier)) return 'about';
  return null;
}
