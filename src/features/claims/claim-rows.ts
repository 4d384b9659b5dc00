// Turns claims into the flat rows the charts, the table and the downloads read, grouped by
// what is counted. Pure, so the view memoises it once per filter change.
import type { BundleIndex, Claim, ClaimMetric, Verification } from '../../schema/bundle.ts';
import { assignColors, type ChartColorName } from '../../components/charts/palette.ts';
import { compareCodeUnits } from '../../lib/compare-text.ts';
import { chartMarks, type ChartMarks } from './chart-marks.ts';
import { METRIC_LABELS } from '../../lib/claim-text.ts';

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
  verification: Verification;
  /** How many articles report this same claim (after merging repeats; 1 otherwise). */
  reportedIn: number;
  articleId: string;
  articleTitle: string;
  outlet: string;
  publishedAt: string;
  quote: string;
  color: ChartColorName;
}

export interface MetricGroup {
  metric: ClaimMetric;
  label: string;
  rows: ClaimRow[];
  /** What the chart draws: one mark per distinct claim, the same figure from several articles merged. */
  marks: ClaimRow[];
  /** Several claims on different dates: drawn over time rather than side by side. */
  overTime: boolean;
  chart: ChartMarks;
}

// Kept in its own module, so chart-marks.ts can use it without importing this one back.
export { rowLabel } from './row-label.ts';

/** Colours follow the claimant, fixed over every claimant in the bundle so filters don't repaint. */
export function claimantColors(index: BundleIndex): Map<string, ChartColorName> {
  return assignColors(index.claims.map((claim) => claim.claimant));
}

export function toClaimRows(claims: readonly Claim[], index: BundleIndex, colors: Map<string, ChartColorName>): ClaimRow[] {
  const actorName = new Map(index.actors.map((actor) => [actor.id, actor.name]));
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const nameOf = (id: string | null) => (id === null ? null : (actorName.get(id) ?? id));

  return claims.map((claim) => {
    const evidence = claim.evidence[0]!;
    const article = articles.get(evidence.articleId);
    const claimantName = claim.claimant === 'unattributed' ? 'No source named' : (nameOf(claim.claimant) ?? claim.claimant);
    const subjectName = nameOf(claim.subject);
    return {
      id: claim.id,
      metric: claim.metric,
      value: claim.value,
      valueHigh: claim.valueHigh,
      qualifier: claim.qualifier,
      unit: claim.unit,
      subject: claim.subject,
      subjectName: subjectName ?? '',
      claimant: claim.claimant,
      claimantName,
      date: claim.date,
      verification: claim.verification,
      reportedIn: 1,
      articleId: evidence.articleId,
      articleTitle: article?.title ?? evidence.articleId,
      outlet: article?.outlet ?? '',
      publishedAt: article?.publishedAt ?? '',
      quote: evidence.quote,
      color: colors.get(claim.claimant) ?? 'blue',
    };
  });
}

export function groupByMetric(rows: readonly ClaimRow[]): MetricGroup[] {
  const byMetric = groupBy(rows, (row) => row.metric);
  const order = Object.keys(METRIC_LABELS) as ClaimMetric[];
  const byDateThenSize = (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.date, b.date) || b.value - a.value;
  return [...byMetric]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([metric, group]) => {
      const marks = mergeRepeats(group).sort(byDateThenSize);
      const overTime = new Set(group.map((row) => row.date)).size > 1;
      return {
        metric,
        label: METRIC_LABELS[metric],
        rows: [...group].sort(byDateThenSize),
        marks,
        overTime,
        chart: chartMarks(marks, overTime),
      };
    });
}

function groupBy<K>(rows: readonly ClaimRow[], keyOf: (row: ClaimRow) => K): Map<K, ClaimRow[]> {
  const groups = new Map<K, ClaimRow[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/**
 * The same claim (claimant, figure, subject, date, status) reported by several articles is one
 * mark, not several: repeated reporting must not look like more losses. The mark opens the
 * first article's sentence; the table keeps every article.
 */
export function mergeRepeats(rows: readonly ClaimRow[]): ClaimRow[] {
  const byClaim = groupBy(rows, (row) =>
    [row.claimant, row.subject, row.value, row.valueHigh, row.qualifier, row.date, row.verification].join('|'),
  );
  return [...byClaim.values()].map((repeats) => {
    const first = repeats[0]!;
    const articles = new Set(repeats.map((row) => row.articleId)).size;
    return articles > 1 ? { ...first, reportedIn: articles } : first;
  });
}
