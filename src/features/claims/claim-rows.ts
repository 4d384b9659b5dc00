// Turns claims into the flat rows the charts, the table and the downloads read, grouped by
// what is counted. Pure, so the view memoises it once per filter change.
import type { BundleIndex, Claim, ClaimMetric, Verification } from '../../schema/bundle.ts';
import { assignColors, type ChartColorName } from '../../components/charts/palette.ts';
import { METRIC_LABELS, VERIFICATION_TEXT, claimSentence, formatClaimValue, formatDay } from './claim-text.ts';

export interface ClaimRow {
  id: string;
  metric: ClaimMetric;
  value: number;
  valueHigh: number | null;
  valueText: string;
  qualifier: string | null;
  unit: string;
  subject: string | null;
  subjectName: string;
  claimant: string;
  claimantName: string;
  date: string;
  dateText: string;
  verification: Verification;
  verificationText: string;
  /** The full attributed sentence: used as the bar's label and tooltip. */
  label: string;
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
}

/** Beyond this many bars a chart stops being readable; the largest are drawn, the table has all. */
export const MAX_BARS = 15;

export function drawnMarks(group: MetricGroup): ClaimRow[] {
  if (group.overTime || group.marks.length <= MAX_BARS) return group.marks;
  return [...group.marks].sort((a, b) => b.value - a.value).slice(0, MAX_BARS);
}

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
      valueText: formatClaimValue(claim),
      qualifier: claim.qualifier,
      unit: claim.unit,
      subject: claim.subject,
      subjectName: subjectName ?? '',
      claimant: claim.claimant,
      claimantName,
      date: claim.date,
      dateText: formatDay(claim.date),
      verification: claim.verification,
      verificationText: VERIFICATION_TEXT[claim.verification],
      label: claimSentence(claim, { claimant: claimantName, subject: subjectName }),
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
  const byMetric = new Map<ClaimMetric, ClaimRow[]>();
  for (const row of rows) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
  const order = Object.keys(METRIC_LABELS) as ClaimMetric[];
  return [...byMetric]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([metric, group]) => ({
      metric,
      label: METRIC_LABELS[metric],
      rows: [...group].sort((a, b) => a.date.localeCompare(b.date) || b.value - a.value),
      marks: mergeRepeats(group).sort((a, b) => a.date.localeCompare(b.date) || b.value - a.value),
      overTime: new Set(group.map((row) => row.date)).size > 1,
    }));
}

/**
 * The same claim (claimant, figure, subject, date, status) reported by several articles is one
 * mark, not several: repeated reporting must not look like more losses. The mark opens the
 * first article's sentence; the table keeps every article.
 */
export function mergeRepeats(rows: readonly ClaimRow[]): ClaimRow[] {
  const byClaim = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    const key = [row.claimant, row.subject, row.value, row.valueHigh, row.qualifier, row.date, row.verification].join('|');
    byClaim.set(key, [...(byClaim.get(key) ?? []), row]);
  }
  return [...byClaim.values()].map((repeats) => {
    const first = repeats[0]!;
    const articles = new Set(repeats.map((row) => row.articleId)).size;
    return articles > 1 ? { ...first, label: `${first.label} · reported in ${articles} articles` } : first;
  });
}
