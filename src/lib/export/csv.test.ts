import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe(csvCell, () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 800', "'+1 800"],
    ['-5 tanks', "'-5 tanks"],
    ['@handle', "'@handle"],
    ['\tindented', "'\tindented"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['“curly” quotes', '“curly” quotes'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [17200, '17200'],
    [-3, '-3'],
    [Number.NaN, ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe(toCsv, () => {
  it('writes a header and one CRLF-terminated line per record, in column order', () => {
    const csv = toCsv(['id', 'quote'], [
      { id: 'a', quote: 'He said: "no", then left' },
      { id: 'b', quote: null },
    ]);
    expect(csv).toBe('id,quote\r\na,"He said: ""no"", then left"\r\nb,\r\n');
  });
});
