// The cue words let a sentence skip the patterns it cannot match. Skipping must never
// lose a cue: every match of a pattern holds one of its words, and the gated search
// finds exactly what running every pattern on every sentence finds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_PATTERNS, findCues, type Cue } from '../../../src/pipeline/extractors/event-cues.ts';
import { overlapsAny, byStart } from '../../../src/pipeline/extractors/spans.ts';

const SANCTIONS_ACTION = /\b(?:agreed|adopted|approved|imposed|announced|unveiled|passed|introduced|levied|proposed|proposes|proposing|tabled)\b/i;

/** findCues as it was before the words: every pattern over the whole sentence. */
function everyPattern(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, pattern] of CUE_PATTERNS) {
    const matches = [...sentence.matchAll(new RegExp(pattern.source, pattern.flags))];
    if (matches.length > 0 && kind === 'sanctions' && !SANCTIONS_ACTION.test(sentence)) continue;
    for (const m of matches) {
      const end = m.index + m[0].length;
      if (!overlapsAny(cues, m.index, end)) cues.push({ kind, start: m.index, end });
    }
  }
  return cues.sort(byStart);
}

const PIECES = [
  ' ', '. ', ', ', 'the ', 'The ', 'a ', 'next ', 'second ', 'ROUND ', 'rounds ', 'round of talks ', 'Peace Talks ', 'negotiations ', 'parley ',
  'peace conference ', 'met ', 'MET ', 'meets ', 'meeting ', 'was met with criticism ', 'press meeting ', 'summit ', 'gathering ', 'visited ',
  'travelled to ', 'trip to ', 'statement ', 'Decree ', 'announced ', 'address ', 'declaration ', 'phone call ', 'in a call ', 'phoned ',
  'signed ', 'agreement ', 'deal ', 'ultimatum ', 'threatened to impose ', 'tariffs ', 'gave Moscow ', '50 ', 'days ', 'no deal ', 'within ',
  'deadline ', 'prisoners ', 'POWs ', 'exchange ', 'swapped ', 'of all wounded ', '1,200 ', 'soldiers ', 'were freed ', 'came home ',
  'sanctions ', 'package of sanctions ', 'adopted ', 'home ', 'power ', 'something ', 'Kremlin ', 'Ukraine ', 'Ｋ', 'ſ', 'İ',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function seedSentences(): string[] {
  const dir = path.join(import.meta.dirname, '../../../seeds');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split(/(?<=[.!?])\s+|\n+/));
}

describe('event cue words', () => {
  const words = CUE_PATTERNS.flatMap(([, , list]) => list);

  it('fit one bit each, are plain lower-case words, and none starts another', () => {
    expect(new Set(words).size).toBeLessThanOrEqual(32);
    for (const word of words) {
      expect(word).toMatch(/^[a-z ]+$/);
      for (const other of words) if (other !== word) expect(other.startsWith(word), `${word} starts ${other}`).toBe(false);
    }
  });

  it('appear in every match of their pattern', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        for (const [kind, pattern, list] of CUE_PATTERNS) {
          for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
            expect(list.some((word) => m[0].toLowerCase().includes(word)), `${kind}: ${m[0]}`).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('find the same cues as running every pattern, on news-like text and on the seed articles', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 200 })), (text) => {
        expect(findCues(text)).toEqual(everyPattern(text));
      }),
      { numRuns: 2000 },
    );
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) expect(findCues(sentence)).toEqual(everyPattern(sentence));
  });

  it('still finds a cue written in capitals', () => {
    expect(findCues('TALKS RESUMED.').map((cue) => cue.kind)).toEqual(['talks']);
  });
});
