// The figures behind a chart as a real table: every row says who claims it, when, and
// whether it was checked, and opens the sentence it was read from.
import { rowLabel, type ClaimRow } from './claim-rows.ts';
import { VERIFICATION_TEXT, formatDate } from '../../lib/labels.ts';
import { METRIC_LABELS, formatClaimValue, neutralUnit } from '../../lib/claim-text.ts';
import { NEXT_PAGE, useRowLimit } from './use-row-limit.ts';

interface ClaimsTableProps {
  caption: string;
  rows: readonly ClaimRow[];
  onShowSentence: (row: ClaimRow) => void;
}

const cell = 'border-b border-gray-200 px-2 py-1 align-top';

export function ClaimsTable({ caption, rows, onShowSentence }: ClaimsTableProps) {
  const { shown, hidden, showMore } = useRowLimit(rows);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-gray-50">
            {['Metric', 'Figure', 'Subject', 'Claimant', 'Date', 'Verification', 'Source article', 'Evidence'].map((heading) => (
              <th key={heading} scope="col" className={`${cell} font-semibold`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} data-claim-id={row.id}>
              <td className={cell}>{METRIC_LABELS[row.metric]}</td>
              <td className={cell}>
                {formatClaimValue(row)} {row.unit === '%' ? '' : neutralUnit(row.unit)}
              </td>
              <td className={cell}>{row.subjectName || 'not stated'}</td>
              <td className={cell}>{row.claimantName}</td>
              <td className={cell}>
                <time dateTime={row.date}>{formatDate(row.date)}</time>
              </td>
              <td className={cell}>{VERIFICATION_TEXT[row.verification]}</td>
              <td className={cell}>
                {row.articleTitle}
                {row.outlet && <span className="block text-gray-600">{row.outlet}</span>}
              </td>
              <td className={cell}>
                <button
                  type="button"
                  className="rounded border border-gray-300 px-2 py-0.5 text-blue-800 underline hover:bg-gray-100"
                  onClick={() => onShowSentence(row)}
                  aria-label={`Show sentence: ${rowLabel(row)}`}
                >
                  Show sentence
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="mt-2 text-sm">
          {hidden} more {hidden === 1 ? 'claim' : 'claims'} not shown (all are in the downloads).{' '}
          <button type="button" className="text-blue-800 underline" onClick={showMore}>
            Show {Math.min(hidden, NEXT_PAGE)} more
          </button>
        </p>
      )}
    </div>
  );
}
