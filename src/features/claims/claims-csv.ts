// The columns of a claims download, in the order people read them in a spreadsheet.
import type { ClaimRow } from './claim-rows.ts';

export const CLAIM_CSV_COLUMNS = [
  'id', 'metric', 'value', 'value_high', 'qualifier', 'unit', 'subject', 'claimant', 'claim_date',
  'verification', 'article_id', 'article_title', 'outlet', 'published_at', 'quote',
] as const;

export type ClaimCsvRecord = Record<(typeof CLAIM_CSV_COLUMNS)[number], string | number | null>;

export function toClaimRecords(rows: readonly ClaimRow[]): ClaimCsvRecord[] {
  return rows.map((row) => ({
    id: row.id,
    metric: row.metric,
    value: row.value,
    value_high: row.valueHigh,
    qualifier: row.qualifier,
    unit: row.unit,
    subject: row.subject,
    claimant: row.claimant,
    claim_date: row.date,
    verification: row.verification,
    article_id: row.articleId,
    article_title: row.articleTitle,
    outlet: row.outlet,
    published_at: row.publishedAt,
    quote: row.quote,
  }));
}
