// The ledger under each chart: every claim with who claims it, whose losses, the figure as
// stated, when, "as of" when given, its verification in words, the article and its sentence.
// Sortable by any column. On a narrow screen each row stacks into a card with its labels, so
// nothing scrolls sideways and verification stays in sight.
import { useMemo, useState } from 'react';
import { METRIC_LABELS, figurePhrase } from '../../lib/claim-text.ts';
import { VERIFICATION_TEXT, formatDate } from '../../lib/labels.ts';
import { CitationButton } from './CitationButton.tsx';
import { citationText, pageBase } from './citation.ts';
import { rowLabel, type ClaimRow } from './claim-rows.ts';
import { SORT_KEYS, sortRows, type SortKey, type SortOrder } from './ledger-sort.ts';
import { NEXT_PAGE, useRowLimit } from './use-row-limit.ts';

interface LedgerTableProps {
  caption: string;
  rows: readonly ClaimRow[];
  version: string;
  onShowSentence: (row: ClaimRow) => void;
}

const cell = 'border-b border-gray-200 px-2 py-1 align-top max-sm:flex max-sm:gap-2 max-sm:border-0 max-sm:px-0 [overflow-wrap:anywhere]';
const narrowLabel = 'font-semibold sm:hidden min-w-[7.5rem] shrink-0';
const COLUMNS: SortKey[] = ['claimant', 'subject', 'figure', 'date', 'asOf', 'verification', 'article'];

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <td className={cell}>
      <span className={narrowLabel}>{label}</span>
      <span>{children}</span>
    </td>
  );
}

/** "597 tanks lost"; the metric named beside it only where the words do not already say it. */
function FigureWords({ row }: { row: ClaimRow }) {
  const phrase = figurePhrase(row);
  const metric = METRIC_LABELS[row.metric].toLowerCase();
  return (
    <>
      <span className="font-medium">{phrase}</span>
      {!phrase.toLowerCase().includes(metric) && <span className="text-gray-700"> ({metric})</span>}
    </>
  );
}

export function LedgerTable({ caption, rows, version, onShowSentence }: LedgerTableProps) {
  const [order, setOrder] = useState<SortOrder>({ key: 'date', descending: false });
  // Rows arrive in date order: the default order needs no sort of thousands of rows.
  const sorted = useMemo(() => (order.key === 'date' && !order.descending ? rows : sortRows(rows, order)), [rows, order]);
  const { shown, hidden, showMore } = useRowLimit(sorted);
  const sortBy = (key: SortKey) => setOrder((current) => ({ key, descending: current.key === key ? !current.descending : false }));
  const direction = order.descending ? 'descending' : 'ascending';

  return (
    <div>
      <label className="mb-2 flex flex-wrap items-center gap-2 text-sm sm:hidden">
        Sort by
        <select
          className="rounded border border-gray-300 px-1 py-0.5"
          value={`${order.key}:${direction}`}
          onChange={(event) => {
            const [key, dir] = event.target.value.split(':') as [SortKey, string];
            setOrder({ key, descending: dir === 'descending' });
          }}
        >
          {COLUMNS.flatMap((key) =>
            ['ascending', 'descending'].map((dir) => (
              <option key={`${key}:${dir}`} value={`${key}:${dir}`}>
                {SORT_KEYS[key].label}, {dir === 'ascending' ? 'lowest or earliest first' : 'highest or latest first'}
              </option>
            )),
          )}
        </select>
      </label>
      <table className="w-full border-collapse text-left text-sm max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead className="max-sm:hidden">
          <tr className="bg-gray-50">
            {COLUMNS.map((key) => (
              <th key={key} scope="col" className="border-b border-gray-200 px-2 py-1 font-semibold" aria-sort={order.key === key ? direction : undefined}>
                <button type="button" className="flex items-center gap-1 text-left underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700" onClick={() => sortBy(key)}>
                  {SORT_KEYS[key].label}
                  <span aria-hidden="true">{order.key === key ? (order.descending ? '▼' : '▲') : '↕'}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="border-b border-gray-200 px-2 py-1 font-semibold">
              Sentence
            </th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {shown.map((row) => (
            <tr key={row.id} data-claim-id={row.id} className="max-sm:mb-3 max-sm:block max-sm:rounded max-sm:border max-sm:border-gray-300 max-sm:p-2">
              <Labelled label="Claimant">{row.claimantName}</Labelled>
              <Labelled label="Whose losses">{row.subjectName || 'not stated'}</Labelled>
              <Labelled label="Figure">
                <FigureWords row={row} />
                {row.disagreements.length > 0 && (
                  <span className="mt-1 block rounded border border-amber-700 bg-amber-50 px-1 text-amber-900">
                    Disputed: {row.disagreements.map((d) => d.summary).join(' · ')}
                  </span>
                )}
              </Labelled>
              <Labelled label="Claim date">
                <time dateTime={row.date}>{formatDate(row.date)}</time>
              </Labelled>
              <Labelled label="As of">{row.asOf ? <time dateTime={row.asOf}>{formatDate(row.asOf)}</time> : 'not stated'}</Labelled>
              <Labelled label="Verification">{VERIFICATION_TEXT[row.verification]}</Labelled>
              <Labelled label="Article">
                {row.articleTitle}
                <span className="block text-gray-600">
                  {row.outlet}
                  {row.publishedAt && `, ${formatDate(row.publishedAt)}`}
                  {row.reportedIn > 1 && ` · reported in ${row.reportedIn} articles`}
                </span>
              </Labelled>
              <td className={`${cell} max-sm:flex-wrap`}>
                <button
                  type="button"
                  className="rounded border border-gray-300 px-2 py-0.5 text-blue-800 underline hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-blue-700"
                  onClick={() => onShowSentence(row)}
                  aria-label={`Show sentence: ${rowLabel(row)}`}
                >
                  Show sentence
                </button>
                <CitationButton name={rowLabel(row)} text={() => citationText(row, version, pageBase())} />
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
