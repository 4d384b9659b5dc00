// What `--explain` prints for an item, and how the rule trace travels from the extractors
// through curation to the printout (the bundle itself never holds it).
import { describe, expect, it } from 'vitest';
import { applyAnnotations } from '../../../src/pipeline/annotations/index.ts';
import { explainItem } from '../../../src/pipeline/explain.ts';
import { rulesById, rulesOf, traced } from '../../../src/pipeline/trace.ts';
import type { Bundle, Claim } from '../../../src/schema/bundle.ts';

const TEXT = 'Talks resumed. The army said 597 tanks were lost in March. Nobody has verified this.';
const quote = 'said 597 tanks were lost';
const start = TEXT.indexOf(quote);
const claim: Claim = {
  id: 'claim-1', origin: 'extracted', evidence: [{ articleId: 'a', start, end: start + quote.length, quote }],
  metric: 'tanks', value: 597, valueHigh: null, qualifier: null, unit: 'tanks', subject: 'russia', claimant: 'ukraine',
  date: '2022-03-29', verification: 'unverified', asOf: null, verificationEvidence: null,
};
const article = { id: 'a', file: 'a.txt', title: 'T', outlet: 'O', url: null, publishedAt: '2022-03-29', language: 'en', dateNote: '', text: TEXT, boilerplate: [] };
const bundle = { articles: [article], events: [], positions: [], claims: [claim], quotes: [], disagreements: [] } as unknown as Bundle;

describe(explainItem, () => {
  it('prints the item, its evidence within its sentence, and the rules in order', () => {
    const lines = explainItem(bundle, new Map([['claim-1', ['claims/said-figure', 'claimant/subject-said']]]), 'claim-1')!;
    expect(lines[0]).toBe('claim claim-1');
    expect(lines).toContain('  claimant: "ukraine"');
    expect(lines).toContain(`  a [${start}, ${start + quote.length}): "${quote}"`);
    expect(lines).toContain('    in the sentence: "The army said 597 tanks were lost in March."');
    expect(lines.at(-1)).toBe('rules: claims/said-figure → claimant/subject-said');
  });

  it('says when no rule recorded the item', () => {
    expect(explainItem(bundle, new Map(), 'claim-1')!.at(-1)).toBe('rules: no rule trace recorded');
  });

  it('returns null for an id it does not hold', () => {
    expect(explainItem(bundle, new Map(), 'claim-2')).toBeNull();
  });
});

describe(rulesById, () => {
  it('keeps the extractor rules through a correction and adds the annotation rule', () => {
    const items = { events: [], positions: [], claims: [traced({ ...claim }, 'claims/said-figure')], quotes: [] };
    const entry = { action: 'correct' as const, kind: 'claim' as const, cite: { article: 'a', quote: '597 tanks' }, set: { claimant: 'russia' } };
    const { items: corrected } = applyAnnotations(items, { entries: [entry] }, new Map([['a', article]]));
    expect(rulesOf(corrected.claims[0]!)).toEqual(['claims/said-figure', 'annotations/correct']);
    expect(rulesById(corrected)).toEqual(new Map([['claim-1', ['claims/said-figure', 'annotations/correct']]]));
  });
});
