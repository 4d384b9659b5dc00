// The spelling index must find exactly what the alternation RegExp it replaced found:
// same places, same spellings, same word boundaries (surrogate pairs included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_ENTRIES } from '../../../src/pipeline/actors/gazetteer.ts';
import { SpellingIndex, type SpellingMatch } from '../../../src/pipeline/actors/spelling-index.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matcher find-mentions used before: longest spelling first, whole words, unicode mode. */
function referenceMatcher(spellings: string[]): RegExp {
  const alternatives = [...new Set(spellings)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function referenceNext(matcher: RegExp, text: string, from: number, start: number, end: number): SpellingMatch | null {
  const local = text.slice(start, end);
  matcher.lastIndex = Math.max(0, from - start);
  const m = matcher.exec(local);
  return m ? { index: start + m.index, spelling: m[0] } : null;
}

function expectSameMatches(spellings: string[], text: string, start: number, end: number): void {
  const index = new SpellingIndex(spellings);
  const matcher = referenceMatcher(spellings);
  for (let from = start; from <= end; from++) {
    expect(index.next(text, from, start, end), `from ${from} in ${JSON.stringify(text.slice(start, end))}`).toEqual(
      referenceNext(matcher, text, from, start, end),
    );
  }
}

const GAZETTEER_SPELLINGS = GAZETTEER_ENTRIES.flatMap((entry) => [...entry.names, ...entry.surnames, ...entry.roles.map((role) => role.phrase)]);

describe('SpellingIndex', () => {
  it('agrees with the RegExp on small alphabets with tricky neighbours', () => {
    const spellings = ['US', 'U.S.', 'USA', 'U', 'the US President', 'Kyiv', 'Élysée', 'É', 'AP'];
    const pieces = ['US', 'U.S.', 'A', 'S', 'U', 'P', 'the', ' ', '.', 'Kyiv', 'É', 'Élysée', 'a', '1', '²', 'é', '𝐀', '😀', '\ud800', '\udc00', '-', "'", 'President'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length - start === 0 ? 0 : b % (text.length - start + 1));
        expectSameMatches(spellings, text, start, end);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the RegExp on the gazetteer spellings', () => {
    const pieces = [...GAZETTEER_SPELLINGS, ' ', ' ', ', ', '. ', 's', "'s", 'the ', 'The ', 'an', '𝐀', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expectSameMatches(GAZETTEER_SPELLINGS, text, 0, text.length);
      }),
      { numRuns: 200 },
    );
  });
});
