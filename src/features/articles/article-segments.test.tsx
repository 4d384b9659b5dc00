import { describe, expect, it } from 'vitest';
import { groupBlocks, segmentText, splitBoilerplate, trimAroundBoilerplate } from './article-segments.ts';

describe(segmentText, () => {
  const text = 'Ad here. Talks resumed today. Putin spoke.';

  it('rebuilds the text exactly and marks covered pieces', () => {
    const segments = segmentText(text, [{ start: 0, end: 9 }], [
      { start: 9, end: 29, itemId: 'e1' },
      { start: 30, end: 35, itemId: 'm-putin' },
      { start: 30, end: 42, itemId: 'q1' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.boilerplate, s.itemIds])).toEqual([
      ['Ad here. ', true, []],
      ['Talks resumed today.', false, ['e1']],
      [' ', false, []],
      ['Putin', false, ['m-putin', 'q1']],
      [' spoke.', false, ['q1']],
    ]);
  });

  it('ignores offsets beyond the text and keeps blocks in order', () => {
    const segments = segmentText('abc', [{ start: 2, end: 99 }], [{ start: 0, end: 1, itemId: 'x' }]);
    expect(segments.map((s) => s.text)).toEqual(['a', 'b', 'c']);
    expect(groupBlocks(segments).map((b) => [b.boilerplate, b.segments.length])).toEqual([
      [false, 2],
      [true, 1],
    ]);
  });
});

describe(trimAroundBoilerplate, () => {
  it('drops the line breaks next to a boilerplate box, and nothing marked', () => {
    const text = 'Title\n\nREAD MORE: x\n\nBody text.\n';
    const start = text.indexOf('READ');
    const blocks = groupBlocks(segmentText(text, [{ start, end: start + 'READ MORE: x'.length }], [{ start: text.indexOf('Body'), end: text.length - 1, itemId: 'e' }]));
    const shown = trimAroundBoilerplate(blocks).map((b) => b.segments.map((s) => s.text).join(''));
    expect(shown).toEqual(['Title', 'READ MORE: x', 'Body text.\n']);
  });
});

describe(splitBoilerplate, () => {
  it('keeps furniture inside a line of text in the flow and sets whole lines apart', () => {
    const text = 'Read more here\nPeace is near,[1][2] he said.\nSigned off.\n–AGENCY\n';
    const range = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const { lines, inline } = splitBoilerplate(text, [range('Read more here\n'), range('[1][2]'), range('–AGENCY')]);
    expect(lines).toEqual([range('Read more here\n'), range('–AGENCY')]);
    expect(inline).toEqual([range('[1][2]')]);
  });
});
