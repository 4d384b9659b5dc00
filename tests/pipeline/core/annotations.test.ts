import { describe, expect, it } from 'vitest';
import { applyAnnotations } from '../../../src/pipeline/annotations/index.ts';
import type { AnnotationFile } from '../../../src/pipeline/annotations/schema.ts';
import { InputErrors } from '../../../src/pipeline/errors.ts';
import type { ArticleItems } from '../../../src/pipeline/extractors/index.ts';
import type { Claim } from '../../../src/schema/bundle.ts';

const TEXT = 'The army said 597 tanks were lost. Nobody has verified this.\nREAD MORE: £380m deal';
const ARTICLES = new Map([['a', { text: TEXT, boilerplate: [{ start: TEXT.indexOf('READ'), end: TEXT.length }] }]]);

function claim(overrides: Partial<Claim> = {}): Claim {
  const start = TEXT.indexOf('The army');
  const end = TEXT.indexOf('Nobody') - 1;
  return {
    id: 'claim-1',
    origin: 'extracted',
    evidence: [{ articleId: 'a', start, end, quote: TEXT.slice(start, end) }],
    metric: 'tanks',
    value: 597,
    valueHigh: null,
    qualifier: null,
    unit: 'tanks',
    subject: 'russia',
    claimant: 'ukraine',
    date: '2022-03-29',
    verification: 'unverified',
    asOf: null, verificationEvidence: null,
    ...overrides,
  };
}

const items = (claims: Claim[] = [claim()]): ArticleItems => ({ events: [], positions: [], claims, quotes: [] });
const file = (...entries: AnnotationFile['entries']): AnnotationFile => ({ entries });
const cite = { article: 'a', quote: '597 tanks' };

describe(applyAnnotations, () => {
  it('confirms the item whose evidence the quote overlaps', () => {
    const result = applyAnnotations(items(), file({ action: 'confirm', kind: 'claim', cite }), ARTICLES);
    expect(result.items.claims.map((c) => c.origin)).toEqual(['confirmed']);
    expect(result.warnings).toEqual([]);
  });

  it('corrects fields, keeps the id, and refuses a correction that breaks the schema', () => {
    const fixed = applyAnnotations(
      items(),
      file({ action: 'correct', kind: 'claim', cite, set: { verification: 'unknown' } }),
      ARTICLES,
    );
    expect(fixed.items.claims[0]).toMatchObject({ id: 'claim-1', origin: 'corrected', verification: 'unknown' });
    expect(() =>
      applyAnnotations(items(), file({ action: 'correct', kind: 'claim', cite, set: { value: 'many' } }), ARTICLES),
    ).toThrow(/entries\[0\] \(correct claim\): "set" makes an invalid claim/);
  });

  it('suppresses only items that also match the given fields', () => {
    const two = items([claim(), claim({ id: 'claim-2', metric: 'other' })]);
    const result = applyAnnotations(
      two,
      file({ action: 'suppress', kind: 'claim', cite, match: { metric: 'other' }, reason: 'misread' }),
      ARTICLES,
    );
    expect(result.items.claims.map((c) => c.id)).toEqual(['claim-1']);
  });

  it('adds a missed item with located evidence, or confirms it if the extractors found it', () => {
    const add = {
      action: 'add' as const,
      kind: 'claim' as const,
      cite,
      item: { metric: 'tanks', value: 597, unit: 'tanks', claimant: 'ukraine', date: '2022-03-29', verification: 'unverified' },
      verificationQuote: 'Nobody has verified this.',
    };
    const added = applyAnnotations(items([]), file(add), ARTICLES);
    const curated = added.items.claims[0]!;
    expect(curated.origin).toBe('curated');
    expect(curated.evidence).toEqual([{ articleId: 'a', start: 14, end: 23, quote: '597 tanks' }]);
    expect(curated.verificationEvidence?.quote).toBe('Nobody has verified this.');

    const found = applyAnnotations(items(), file(add), ARTICLES);
    expect(found.items.claims.map((c) => [c.id, c.origin])).toEqual([['claim-1', 'confirmed']]);
    expect(found.warnings[0]).toMatch(/now find this item/);
  });

  it('warns, without failing, when an entry no longer matches anything', () => {
    const result = applyAnnotations(items([]), file({ action: 'confirm', kind: 'claim', cite }), ARTICLES);
    expect(result.warnings).toEqual(['annotations.json: entries[0] (confirm claim): no extracted claim matches "597 tanks"']);
  });

  it.each([
    [{ article: 'a', quote: '598 tanks' }, 'quote not found in article "a": "598 tanks"'],
    [{ article: 'b', quote: '597 tanks' }, 'article "b" is not in the manifest'],
    [{ article: 'a', quote: '£380m deal' }, 'quote lies in boilerplate of article "a"'],
  ])('rejects an unusable quote %j, naming the file and entry', (badCite, message) => {
    const run = () => applyAnnotations(items(), file({ action: 'confirm', kind: 'claim', cite }, { action: 'confirm', kind: 'claim', cite: badCite }), ARTICLES);
    expect(run).toThrow(InputErrors);
    expect(run).toThrow(`annotations.json: entries[1] (confirm claim): ${message}`);
  });
});
