// The columns of a claims download, in the order people read them in a spreadsheet: each id
// has its readable label beside it, so the file makes sense without the dashboard.
import { METRIC_LABELS, formatClaimValue } from '../../lib/claim-text.ts';
import { VERIFICATION_TEXT } from '../../lib/labels.ts';
import type { ClaimRow } from './claim-rows.ts';

export const CLAIM_CSV_COLUMNS = [
  'id', 'metric', 'metric_label', 'figure_as_stated', 'value', 'value_high', 'qualifier', 'unit',
  'subject', 'subject_name', 'claimant', 'claimant_name', 'claim_date', 'as_of',
  'verification', 'verification_label', 'disputed', 'article_id', 'article_title', 'outlet', 'published_at', 'quote',
] as const;

export type ClaimCsvRecord = Record<(typeof CLAIM_CSV_COLUMNS)[number], string | number | null>;

export function toClaimRecords(rows: readonly ClaimRow[]): ClaimCsvRecord[] {
  return rows.map((row) => ({
    id: row.id,
    metric: row.metric,
    metric_label: METRIC_LABELS[row.metric],
    figure_as_stated: formatClaimValue(row),
    value: row.value,
    value_high: row.valueHigh,
    qualifier: row.qualifier,
    unit: row.unit,
    subject: row.subject,
    subject_name: row.subjectName || null,
    claimant: row.claimant,
    claimant_name: row.claimantName,
    claim_date: row.date,
    as_of: row.asOf,
    verification: row.verification,
    verification_label: VERIFICATION_TEXT[row.verification],
    disputed: row.disagreements.map((d) => d.summary).join(' | ') || null,
    article_id: row.articleId,
    article_title: row.articleTitle,
    outlet: row.outlet,
    published_at: row.publishedAt,
    quote: row.quote,
  }));
}
