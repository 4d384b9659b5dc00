// Whatever the text, extraction never throws, stays fast, keeps every evidence span
// exact and gives the same items twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ArticleItems } from '../../../src/pipeline/extractors/index.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';
import { findQuantities } from '../../../src/pipeline/reading/numbers.ts';
import { findQuotedPassages } from '../../../src/pipeline/reading/quote-marks.ts';
import { makeContext } from './make-context.ts';

const PIECES = [
  '“', '”', '"', '\n', '\n\n', ' ', '. ', ', ', 'said ', 'told ', 'He said: ', 'Kuleba ', 'Putin ', 'Ukraine ', 'Russia ',
  'on Thursday ', 'last weekend ', 'today ', '17,200 ', 'seven ', 'more than ', '2 million ', '£380m ', '500% ', 'tanks ',
  'troops killed ', 'talks in Istanbul ', 'ultimatum ', 'until May 12 ', 'not been independently verified', 'seeks a ceasefire ',
  'opposes sanctions ', 'if ', '1994 ', '17th ', '30-day ', 'will meet ', 'met ', 'in Geneva ', 'and ', 'exchange 10 prisoners ',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

function allEvidence(items: ArticleItems) {
  return [...items.events, ...items.claims, ...items.quotes, ...items.positions].flatMap((item) => item.evidence);
}

describe(extractArticle, () => {
  it('never throws, keeps evidence exact and is deterministic on news-like and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        const ctx = makeContext(text, '2025-05-15');
        const items = extractArticle(ctx);
        for (const evidence of allEvidence(items)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        for (const claim of items.claims) {
          const check = claim.verificationEvidence;
          if (check) expect(text.slice(check.start, check.end)).toBe(check.quote);
        }
        const ids = [...items.events, ...items.claims, ...items.quotes, ...items.positions].map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(JSON.stringify(extractArticle(makeContext(text, '2025-05-15')))).toBe(JSON.stringify(items));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it.each([
    ['100k quote marks', '“'.repeat(50_000) + '"'.repeat(50_000)],
    ['100k digits', '7'.repeat(100_000)],
    ['digits with separators', '1,'.repeat(50_000)],
    ['number words', 'seven '.repeat(20_000)],
    ['an unclosed quote', `Kuleba said: “${'word '.repeat(20_000)}`],
    ['no full stops', 'Ukraine seeks a ceasefire and '.repeat(3_000)],
  ])('finishes fast on %s', (_name, text) => {
    const started = performance.now();
    findQuantities(text, english.numbers);
    findQuotedPassages(text);
    extractArticle(makeContext(text, '2025-05-15'));
    expect(performance.now() - started).toBeLessThan(4000);
  }, 30_000);
});
