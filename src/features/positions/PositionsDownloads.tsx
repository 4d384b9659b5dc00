// CSV and JSON of the statements in view, built when asked for: on a large corpus building
// every row on each filter change would cost more than drawing the matrix.
import { useState } from 'react';
import { toCsv } from '../../lib/export/csv.ts';
import { downloadText } from '../../lib/export/download.ts';
import { exportFilename } from '../../lib/export/filename.ts';
import type { Actor } from '../../schema/bundle.ts';
import type { Matrix, PartyColumn } from './matrix.ts';
import { POSITION_CSV_COLUMNS, positionRecords } from './positions-export.ts';

const buttonClass =
  'rounded border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-blue-700';

export function PositionsDownloads({
  matrix,
  parties,
  actors,
  range,
  title,
  filtersText,
  credit,
}: {
  matrix: Matrix;
  parties: readonly PartyColumn[];
  actors: ReadonlyMap<string, Actor>;
  range: readonly [string | null, string | null];
  title: string;
  filtersText: string;
  credit: string;
}) {
  const [status, setStatus] = useState('');
  const name = (extension: string) => exportFilename('positions', range, extension);
  const saveCsv = () => {
    downloadText(toCsv(POSITION_CSV_COLUMNS, positionRecords(matrix, parties, actors)), 'text/csv;charset=utf-8', name('csv'));
    setStatus('CSV saved');
  };
  const saveJson = () => {
    // The rows travel with the words that keep them honest out of context.
    const payload = { title, filters: filtersText, sources: credit, rows: positionRecords(matrix, parties, actors) };
    downloadText(`${JSON.stringify(payload, null, 2)}\n`, 'application/json', name('json'));
    setStatus('JSON saved');
  };
  return (
    <div role="group" aria-label="Download the statements in view" className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} onClick={saveCsv}>
        Download CSV
      </button>
      <button type="button" className={buttonClass} onClick={saveJson}>
        Download JSON
      </button>
      <span role="status" className="text-sm text-gray-700">
        {status}
      </span>
    </div>
  );
}
