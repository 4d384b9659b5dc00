// The ledger's sort orders. Ties fall back to the claim date, then the id, so an order is stable.
import { compareCodeUnits, compareNames } from '../../lib/compare-text.ts';
import type { ClaimRow } from './claim-rows.ts';

export const SORT_KEYS = {
  claimant: { label: 'Claimant', compare: (a: ClaimRow, b: ClaimRow) => compareNames(a.claimantName, b.claimantName) },
  subject: { label: 'Whose losses', compare: (a: ClaimRow, b: ClaimRow) => compareNames(a.subjectName, b.subjectName) },
  figure: { label: 'Figure', compare: (a: ClaimRow, b: ClaimRow) => a.value - b.value || (a.valueHigh ?? a.value) - (b.valueHigh ?? b.value) },
  date: { label: 'Claim date', compare: (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.date, b.date) },
  asOf: { label: 'As of', compare: (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.asOf ?? '', b.asOf ?? '') },
  verification: { label: 'Verification', compare: (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.verification, b.verification) },
  article: { label: 'Article', compare: (a: ClaimRow, b: ClaimRow) => compareCodeUnits(a.publishedAt, b.publishedAt) || compareNames(a.outlet, b.outlet) },
} as const;

export type SortKey = keyof typeof SORT_KEYS;

export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export function sortRows(rows: readonly ClaimRow[], { key, descending }: SortOrder): ClaimRow[] {
  const compare = SORT_KEYS[key].compare;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b) || compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id));
}
