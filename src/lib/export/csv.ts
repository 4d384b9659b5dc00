// Plain RFC 4180 CSV (comma separated, CRLF, quotes doubled inside quoted fields), with a
// guard against formula injection: spreadsheet programs run a cell that begins with
// = + - @ (or a tab or carriage return) as a formula, so such text gets a leading apostrophe.
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<C extends string>(columns: readonly C[], records: readonly Record<C, CsvValue>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const record of records) lines.push(columns.map((column) => csvCell(record[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
