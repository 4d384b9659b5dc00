// An item reported by thousands of articles (a wire quote, the day's talks) must merge in
// about linear time: joining evidence or re-filing a group at every copy made 5,000 copies
// take most of a minute.
import { describe, expect, it } from 'vitest';
import type { Quote, TalksEvent } from '../../../src/schema/bundle.ts';
import { mergeAcrossArticles } from '../../../src/pipeline/refiners/index.ts';
import { talksEvent } from './talks-event.ts';

const COPIES = 20_000;
const id = (kind: string, index: number) => `${kind}-${String(index).padStart(6, '0')}`;

const quote = (index: number): Quote => ({
  id: id('quote', index),
  origin: 'extracted',
  evidence: [{ articleId: `a${index}`, start: 0, end: 5, quote: 'Peace' }],
  speaker: 'ukraine',
  text: index % 2 ? 'We want peace.' : 'We want  peace!',
  date: '2025-05-16',
});

const event = (index: number): TalksEvent =>
  talksEvent(`a${index}`, { id: id('event', index), dateBasis: { kind: 'explicit', phrase: 'May 16', note: '' } });

describe('merging widely repeated items', () => {
  it(`joins ${COPIES.toLocaleString('en')} copies of a quote and of an event quickly, keeping every piece of evidence in id order`, { timeout: 30_000 }, () => {
    const indexes = Array.from({ length: COPIES }, (_, index) => index).reverse();
    const started = performance.now();
    const merged = mergeAcrossArticles([{ events: indexes.map(event), positions: [], claims: [], quotes: indexes.map(quote) }]);
    const elapsed = performance.now() - started;
    expect(merged.quotes).toHaveLength(1);
    expect(merged.events).toHaveLength(1);
    for (const [item] of [merged.quotes, merged.events]) {
      expect(item!.evidence).toHaveLength(COPIES);
      expect(item!.evidence.map((piece) => piece.articleId)).toEqual(Array.from({ length: COPIES }, (_, index) => `a${index}`));
    }
    // Linear work takes well under a second; the quadratic version took minutes.
    expect(elapsed).toBeLessThan(5_000);
  });
});
