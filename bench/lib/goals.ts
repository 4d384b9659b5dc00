// The goals table: each row states a budget and what this run measured against it.

export interface GoalRow {
  what: string;
  goal: string;
  measured: string;
  /** null when the figure could not be measured in this run (say why in `measured`). */
  pass: boolean | null;
}

export function formatGoalsTable(rows: readonly GoalRow[]): string {
  const header = ['what', 'goal', 'measured', 'result'];
  const cells = rows.map((row) => [row.what, row.goal, row.measured, row.pass === null ? 'n/a' : row.pass ? 'pass' : 'FAIL']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => (cell[column] as string).length)));
  const line = (cell: string[]) => '| ' + cell.map((text, column) => text.padEnd(widths[column] as number)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|', ...cells.map(line)].join('\n');
}

// Decimal units, as bundle analysers and the budgets here quote them (the blank React page is ~68 KB).
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
export const ms = (value: number): string => `${Math.round(value)} ms`;
