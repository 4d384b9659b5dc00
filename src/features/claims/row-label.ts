// A claim row in words. Its own module: chart-marks.ts labels marks with it, and
// claim-rows.ts (which builds the rows) uses chart-marks.ts, so the two must not import each other.
import { claimSentence } from '../../lib/claim-text.ts';
import type { ClaimRow } from './claim-rows.ts';

const labels = new WeakMap<ClaimRow, string>();

/**
 * The full attributed sentence, used as a mark's label and a button's name. Made when first
 * asked for: of thousands of rows only the drawn and listed ones need words.
 */
export function rowLabel(row: ClaimRow): string {
  let label = labels.get(row);
  if (label === undefined) {
    label = claimSentence(row, { claimant: row.claimantName, subject: row.subjectName || null });
    if (row.asOf) label += ` (as of ${row.asOf})`;
    if (row.reportedIn > 1) label += ` · reported in ${row.reportedIn} articles`;
    if (row.disagreements.length > 0) label += ' · disputed';
    labels.set(row, label);
  }
  return label;
}
