import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLine } from '../../../src/pipeline/line-breaks.ts';

const linesOf = (text: string) => {
  const lines: string[] = [];
  forEachLine(text, (start, end) => lines.push(text.slice(start, end)));
  return lines;
};

describe(forEachLine, () => {
  it.each([
    { text: '', lines: [''] },
    { text: 'one line', lines: ['one line'] },
    { text: 'a\nb\n', lines: ['a', 'b', ''] },
    { text: 'a\r\nb\r\n\r\nc', lines: ['a', 'b', '', 'c'] },
    { text: 'a\rb\n\rc', lines: ['a', 'b', '', 'c'] },
  ])('cuts $text.length characters into $lines.length lines at every kind of break', ({ text, lines }) => {
    expect(linesOf(text)).toEqual(lines);
  });

  it('gives the lines text.split(/\\r\\n|\\r|\\n/) gives, at their own offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\u2028'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const spans: [number, number][] = [];
        forEachLine(text, (start, end) => spans.push([start, end]));
        expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(text.split(/\r\n|\r|\n/));
        // Offsets run forward and each line ends at a break or at the end of the text.
        spans.forEach(([start, end], i) => {
          expect(start).toBeLessThanOrEqual(end);
          if (i > 0) expect(start).toBeGreaterThan(spans[i - 1]![1]);
          if (i < spans.length - 1) expect('\r\n').toContain(text[end]);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
