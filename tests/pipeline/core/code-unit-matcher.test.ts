import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitSearch, isSpaceUnit } from '../../../src/pipeline/code-unit-matcher.ts';

describe(codeUnitSearch, () => {
  // Unicode mode reads a surrogate pair as one character: 𑁇 (U+11047) is a sentence terminal, its halves are not.
  const pieces = ['a', ' ', '.', '!', '?', '。', '\u2024', '\u0085', '\u2028', '𑁇', '\ud804', '\udc47', '😀', 'é', '\n'];

  it.each([/[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u, /[\u0085\u2028\u2029]/, /[.!?]/, /\p{Lu}/u, /[\ud804]/])(
    'answers as %s.test(text.slice(start, end)) does',
    (pattern) => {
      const search = codeUnitSearch(pattern);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.nat(), fc.nat(), (parts, a, b) => {
          const text = parts.join('');
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          expect(search(text, start, end)).toBe(pattern.test(text.slice(start, end)));
        }),
        { numRuns: 3000 },
      );
    },
  );

  it('refuses a pattern that keeps state between tests', () => {
    expect(() => codeUnitSearch(/[.]/g)).toThrow();
  });
});

describe('isSpaceUnit', () => {
  it('judges every code unit as /\\s/ does, with or without the u flag', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      expect(isSpaceUnit(code)).toBe(/\s/.test(unit));
      expect(isSpaceUnit(code)).toBe(/\s/u.test(unit));
    }
  });
});
