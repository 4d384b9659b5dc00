import { describe, expect, it } from 'vitest';
import type { Claim, TalksEvent } from '../../../src/schema/bundle.ts';
import { mergeAcrossArticles } from '../../../src/pipeline/refiners/index.ts';
import { talksEvent } from './talks-event.ts';

const event = talksEvent;

const claim = (articleId: string, id: string): Claim => ({
  id,
  origin: 'extracted',
  evidence: [{ articleId, start: 0, end: 3, quote: 'Ten' }],
  metric: 'tanks',
  value: 10,
  valueHigh: null,
  qualifier: null,
  unit: 'tanks',
  subject: 'russia',
  claimant: 'ukraine',
  date: '2025-05-16',
  verification: 'unverified',
  asOf: null, verificationEvidence: null,
});

const items = (events: TalksEvent[], claims: Claim[] = []) => ({ events, claims, quotes: [], positions: [] });

describe(mergeAcrossArticles, () => {
  it('joins one event reported by two articles, keeping both pieces of evidence', () => {
    const merged = mergeAcrossArticles([items([event('a', {})]), items([event('b', { place: 'Turkey', participants: ['turkey', 'russia'] })])]);
    expect(merged.events).toHaveLength(1);
    expect(merged.events[0]!.evidence.map((e) => e.articleId)).toEqual(['a', 'b']);
    expect(merged.events[0]!.place).toBe('Istanbul');
    expect(merged.events[0]!.participants).toEqual(expect.arrayContaining(['ukraine', 'russia', 'turkey']));
  });

  it('keeps events apart when the date, the kind or the city differs', () => {
    const merged = mergeAcrossArticles([
      items([event('a', {}), event('a', { date: '2025-06-02', id: 'x' })]),
      items([event('b', { kind: 'sanctions' }), event('c', { place: 'Geneva', id: 'y' })]),
    ]);
    expect(merged.events).toHaveLength(4);
  });

  it('dedupes the same claim from two articles and sorts by date, then id', () => {
    const merged = mergeAcrossArticles([items([], [claim('b', 'claim-2')]), items([], [claim('a', 'claim-1')])]);
    expect(merged.claims).toHaveLength(1);
    expect(merged.claims[0]!.evidence.map((e) => e.articleId)).toEqual(['a', 'b']);
  });

  it('gives the same result whatever the order of the articles', () => {
    const a = items([event('a', {})], [claim('a', 'claim-1')]);
    const b = items([event('b', { dateBasis: { kind: 'publication', phrase: '', note: '' } })], [claim('b', 'claim-2')]);
    expect(JSON.stringify(mergeAcrossArticles([a, b]))).toBe(JSON.stringify(mergeAcrossArticles([b, a])));
  });

  it('joins one figure reported by two articles days apart, but not the same figure a year apart', () => {
    const again = { ...claim('b', 'c2'), date: '2025-05-18' };
    const later = { ...claim('c', 'c3'), date: '2026-05-16' };
    const merged = mergeAcrossArticles([items([], [claim('a', 'c1')]), items([], [again]), items([], [later])]);
    expect(merged.claims.map((c) => [c.date, c.evidence.map((e) => e.articleId)])).toEqual([
      ['2025-05-16', ['a', 'b']],
      ['2026-05-16', ['c']],
    ]);
  });
});

