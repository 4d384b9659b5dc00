// Turns claims into the flat rows the charts, the ledger and the downloads read, grouped by
// the question they answer (one chart per family of metrics). Pure, so the view memoises it
// once per filter change; linear in the number of claims.
import type { Actor, BundleIndex, Claim, ClaimMetric, Disagreement, Verification } from '../../schema/bundle.ts';
import { compareCodeUnits } from '../../lib/compare-text.ts';
import { partyColour } from '../../lib/party-colours.ts';
import { chartMarks, type ChartMarks } from './chart-marks.ts';
import { metricShapes } from './mark-shapes.ts';
import type { MarkShape } from '../../components/charts/mark-path.ts';
import { METRIC_FAMILIES, familyOf, type MetricFamily } from '../../lib/claim-text.ts';

export interface ClaimRow {
  id: string;
  metric: ClaimMetric;
  value: number;
  valueHigh: number | null;
  qualifier: string | null;
  unit: string;
  subject: string | null;
  subjectName: string;
  claimant: string;
  claimantName: string;
  date: string;
  asOf: string | null;
  verification: Verification;
  /** How many articles report this same claim (after merging repeats; 1 otherwise). */
  reportedIn: number;
  articleId: string;
  articleTitle: string;
  outlet: string;
  publishedAt: string;
  quote: string;
  /** The claimant's party colour (a person shares the party's hue). */
  colour: string;
  /** Disagreements this claim is part of. */
  disagreements: Disagreement[];
}

export interface FamilyGroup {
  family: MetricFamily;
  rows: ClaimRow[];
  /** What the chart draws: one mark per distinct claim, the same figure from several articles merged. */
  marks: ClaimRow[];
  chart: ChartMarks;
  /** The metrics drawn, in the family's order, each with its mark shape. */
  shapes: Map<ClaimMetric, MarkShape>;
}


// Kept in its own module, so chart-marks.ts can use it without importing this one back.
export { rowLabel } from './row-label.ts';

/** Disagreements by the claim ids they involve. */
export function disagreementsByClaim(disagreements: readonly Disagreement[]): Map<string, Disagreement[]> {
  const byClaim = new Map<string, Disagreement[]>();
  for (const disagreement of disagreements) {
    if (disagreement.kind !== 'claim-figures' && disagreement.kind !== 'claim-reports') continue;
    for (const id of disagreement.items) {
      const list = byClaim.get(id);
      if (list) list.push(disagreement);
      else byClaim.set(id, [disagreement]);
    }
  }
  return byClaim;
}

const NONE: Disagreement[] = [];

/**
 * Rows made once per claim and kept while the data they are made from stays the same: a filter
 * change then only looks rows up (the filtered claims are the same objects as the loaded ones).
 */
export interface RowCache {
  rows: WeakMap<Claim, ClaimRow>;
  actors: Map<string, Actor>;
  articles: Map<string, BundleIndex['articles'][number]>;
  disputed: ReadonlyMap<string, Disagreement[]>;
}

export function rowCache(index: Pick<BundleIndex, 'actors' | 'articles'>, disputed: ReadonlyMap<string, Disagreement[]>): RowCache {
  return {
    rows: new WeakMap(),
    actors: new Map(index.actors.map((actor) => [actor.id, actor])),
    articles: new Map(index.articles.map((article) => [article.id, article])),
    disputed,
  };
}

function toRow(claim: Claim, cache: RowCache): ClaimRow {
  const nameOf = (id: string | null) => (id === null ? null : (cache.actors.get(id)?.name ?? id));
  const evidence = claim.evidence[0]!;
  const article = cache.articles.get(evidence.articleId);
  return {
    id: claim.id,
    metric: claim.metric,
    value: claim.value,
    valueHigh: claim.valueHigh,
    qualifier: claim.qualifier,
    unit: claim.unit,
    subject: claim.subject,
    subjectName: nameOf(claim.subject) ?? '',
    claimant: claim.claimant,
    claimantName: claim.claimant === 'unattributed' ? 'No source named' : (nameOf(claim.claimant) ?? claim.claimant),
    date: claim.date,
    asOf: claim.asOf,
    verification: claim.verification,
    reportedIn: 1,
    articleId: evidence.articleId,
    articleTitle: article?.title ?? evidence.articleId,
    outlet: article?.outlet ?? '',
    publishedAt: article?.publishedAt ?? '',
    quote: evidence.quote,
    colour: partyColour(claim.claimant, cache.actors),
    disagreements: cache.disputed.get(claim.id) ?? NONE,
  };
}

/** Rows for the claims this view charts: losses and humanitarian figures only. */
export function toClaimRows(claims: readonly Claim[], cache: RowCache): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const claim of claims) {
    if (familyOf(claim.metric) === null) continue;
    let row = cache.rows.get(claim);
    if (row === undefined) cache.rows.set(claim, (row = toRow(claim, cache)));
    rows.push(row);
  }
  return rows;
}

const byDateThenSize = (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.date, b.date) || b.value - a.value;

export function groupByFamily(rows: readonly ClaimRow[]): FamilyGroup[] {
  const byFamily = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    const id = familyOf(row.metric)!.id;
    const group = byFamily.get(id);
    if (group) group.push(row);
    else byFamily.set(id, [row]);
  }
  return METRIC_FAMILIES.filter((family) => byFamily.has(family.id)).map((family) => {
    const group = byFamily.get(family.id)!.sort(byDateThenSize);
    const marks = mergeRepeats(group);
    const shapes = metricShapes(family, new Set(group.map((row) => row.metric)));
    return { family, rows: group, marks, chart: chartMarks(marks), shapes };
  });
}

/**
 * The same claim (claimant, figure, subject, date, status) reported by several articles is one
 * mark, not several: repeated reporting must not look like more losses. The mark opens the
 * first article's sentence; the ledger keeps every article.
 */
const repeatKeys = new WeakMap<ClaimRow, string>();

export function mergeRepeats(rows: readonly ClaimRow[]): ClaimRow[] {
  const byClaim = new Map<string, { first: ClaimRow; articles: Set<string> }>();
  for (const row of rows) {
    let key = repeatKeys.get(row);
    if (key === undefined) {
      key = `${row.metric}|${row.claimant}|${row.subject}|${row.value}|${row.valueHigh}|${row.qualifier}|${row.date}|${row.verification}`;
      repeatKeys.set(row, key);
    }
    const seen = byClaim.get(key);
    if (seen) seen.articles.add(row.articleId);
    else byClaim.set(key, { first: row, articles: new Set([row.articleId]) });
  }
  return [...byClaim.values()].map(({ first, articles }) => (articles.size > 1 ? { ...first, reportedIn: articles.size } : first));
}
