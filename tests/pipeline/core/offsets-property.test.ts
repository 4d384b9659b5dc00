import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/pipeline/actors/index.ts';
import { findBoilerplate } from '../../../src/pipeline/boilerplate/index.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';

/** Strings built from pieces that stress the splitter: names, abbreviations, odd spaces, line breaks. */
const pieces = fc.constantFrom(
  'Putin', 'Zelenskiy’s', 'U.S.', 'Mr.', ' ', '\u00a0', '\n', '\r\n', '\r', '.', '?!', '“', '”', '"', '[2]',
  'Kremlin', 'us', 'the U.S. President', 'READ MORE: ', 'Latest News', '\ufeff', '😀', 'نموذج', 'Turkey', 'x',
  ')', "'", '。', '\u2029', '\u0085', '꣎',
);
const articleText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.tuple(fc.string({ maxLength: 100 }), fc.array(pieces, { maxLength: 30 })).map(([a, parts]) => a + parts.join('')),
);

describe('offsets on arbitrary text', { timeout: 60_000 }, () => {
  it('sentences never throw, lie outside boilerplate, and equal the text at their offsets', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(undefined, '2025-05-15', '2022-03-10'), (text, date) => {
        const boilerplate = findBoilerplate(text, { publishedAt: date });
        const sentences = splitSentences(text, boilerplate, english.sentences);
        let previousEnd = 0;
        for (const sentence of sentences) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(boilerplate.some((r) => sentence.start < r.end && r.start < sentence.end)).toBe(false);
          previousEnd = sentence.end;
        }
        for (const hit of findMentions(text, sentences, english.actors, { date })) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.alias);
          expect(sentences.some((s) => s.start <= hit.start && hit.end <= s.end)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('skipping the segmenter for pieces with no stop inside changes nothing', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const boilerplate = findBoilerplate(text);
        expect(splitSentences(text, boilerplate, english.sentences)).toEqual(splitSentences(text, boilerplate, english.sentences, { alwaysSegment: true }));
      }),
      { numRuns: 500 },
    );
  });

  it('boilerplate ranges are sorted, disjoint and inside the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const ranges = findBoilerplate(text);
        ranges.forEach((range, i) => {
          expect(range.start).toBeLessThan(range.end);
          expect(range.end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(range.start).toBeGreaterThan(ranges[i - 1]!.end - 1);
        });
      }),
      { numRuns: 500 },
    );
  });
});
