import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETIRED_METRICS } from './migrations/metrics.ts';
import fixture from '../../tests/fixtures/bundle-index.json' with { type: 'json' };
import { BundleIndex, ClaimMetric, Verification } from '../schema/bundle.ts';
import { DEFAULT_VIEW_STATE, VIEWS, type ViewState } from './view-state.ts';
import { migrations, parseViewParams, toSearch, toViewParams, validateAgainstIndex } from './url-state.ts';

const index = BundleIndex.parse(fixture);
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const ignoredParams = (search: string) => parseViewParams(search).ignored.map((entry) => entry.param);

describe(toViewParams, () => {
  it.each([
    { input: state({}), output: '' },
    { input: state({ view: 'timeline' }), output: '' },
    { input: state({ view: 'positions' }), output: '?view=positions' },
    { input: state({ from: '2022-02-24', to: '2022-12-31' }), output: '?from=2022-02-24&to=2022-12-31' },
    { input: state({ actors: ['ukraine', 'putin'] }), output: '?actors=ukraine~putin' },
    { input: state({ view: 'claims', metrics: ['killed', 'tanks'], status: ['unverified'] }), output: '?view=claims&metrics=killed~tanks&status=unverified' },
    { input: state({ view: 'articles', article: '000_ad34c3576032ad84', focus: 'cl-2022-tanks' }), output: '?view=articles&article=000_ad34c3576032ad84&focus=cl-2022-tanks' },
    { input: state({ view: 'positions', changes: true }), output: '?view=positions&changes=1' },
    { input: state({ view: 'positions', changes: false }), output: '?view=positions' },
    { input: state({ view: 'positions', from: '2022-03-01', to: '2025-06-30', changes: true }), output: '?view=positions&from=2022-03-01&to=2025-06-30&changes=1' },
  ])('writes only what differs from the defaults: $output', ({ input, output }) => {
    expect(toSearch(input)).toBe(output);
    expect(toViewParams(input).get('view') ?? 'timeline').toBe(input.view);
  });

  it('gives an empty query for the default view', () => {
    expect(toSearch(DEFAULT_VIEW_STATE)).toBe('');
    expect(toSearch(state({ view: 'claims' }))).toBe('?view=claims');
  });
});

describe(parseViewParams, () => {
  it.each([
    state({}),
    state({ view: 'positions', topics: ['ukraine-joins-nato', 'ceasefire'] }),
    state({ from: '2025-01-01', to: '2025-12-31', actors: ['ukraine'] }),
    state({ from: '2022-03-01' }),
    state({ to: '2022-03-01' }),
    state({ view: 'claims', metrics: ['killed'], status: ['unverified', 'unknown'] }),
    state({ view: 'articles', article: '004_e4151cc778e63499', focus: 'ev-2022-03-10-antalya' }),
    state({ view: 'positions', changes: true }),
    state({ view: 'positions', from: '2022-03-01', to: '2025-06-30', actors: ['russia'], changes: true }),
  ])('round-trips %j', (original) => {
    const { state: parsed, ignored } = parseViewParams(toSearch(original));
    expect(parsed).toEqual(original);
    expect(ignored).toEqual([]);
  });

  it('accepts a leading question mark or none', () => {
    expect(parseViewParams('?view=claims').state.view).toBe('claims');
    expect(parseViewParams('view=claims').state.view).toBe('claims');
  });

  it.each([
    { search: '?view=map', param: 'view' },
    { search: '?from=2025-02-30', param: 'from' },
    { search: '?from=yesterday', param: 'from' },
    { search: '?to=2025-13-01', param: 'to' },
    { search: '?metrics=souls', param: 'metrics' },
    { search: '?status=confirmed', param: 'status' },
    { search: '?colour=red', param: 'colour' },
    { search: '?view=%3Cscript%3Ealert(1)%3C%2Fscript%3E', param: 'view' },
    { search: '?article=javascript:alert(1)', param: 'article' },
    { search: '?actors=<script>', param: 'actors' },
    { search: '?focus=%22%3E%3Cimg%20src%3Dx%3E', param: 'focus' },
    { search: '?changes=yes', param: 'changes' },
    { search: '?changes=', param: 'changes' },
    { search: '?changes=11', param: 'changes' },
    { search: '?changes=%3Cscript%3E', param: 'changes' },
  ])('ignores and reports $search', ({ search, param }) => {
    const { state: parsed, ignored } = parseViewParams(search);
    expect(parsed).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored.map((entry) => entry.param)).toEqual([param]);
    expect(ignored[0]?.reason).not.toBe('');
  });

  it('reads "Changes only" from changes=1, and a link without it (or with changes=0) as the matrix', () => {
    expect(parseViewParams('?view=positions&changes=1')).toEqual({ state: state({ view: 'positions', changes: true }), ignored: [] });
    expect(parseViewParams('?view=positions&changes=0')).toEqual({ state: state({ view: 'positions' }), ignored: [] });
    // A link shared before the switch was in it still opens, unchanged, with nothing reported.
    expect(parseViewParams('?view=positions&from=2022-03-01&to=2025-06-30')).toEqual({
      state: state({ view: 'positions', from: '2022-03-01', to: '2025-06-30' }),
      ignored: [],
    });
    expect(parseViewParams('?view=positions&changes=1&changes=0')).toEqual({
      state: state({ view: 'positions', changes: true }),
      ignored: [{ param: 'changes', raw: '0', reason: 'repeated; the first value was used' }],
    });
  });

  it('keeps the good items of a list and reports the bad ones', () => {
    const { state: parsed, ignored } = parseViewParams('?actors=ukraine~<b>~russia~ukraine');
    expect(parsed.actors).toEqual(['ukraine', 'russia']);
    expect(ignored).toEqual([{ param: 'actors', raw: '<b>', reason: 'not a known actor id' }]);
  });

  it('keeps a range that ends before it starts, as the page does, and writes it back unchanged', () => {
    const { state: parsed, ignored } = parseViewParams('?from=2025-06-01&to=2022-03-01');
    expect(parsed.from).toBe('2025-06-01');
    expect(parsed.to).toBe('2022-03-01');
    expect(ignored).toEqual([]);
    expect(toSearch(parsed)).toBe('?from=2025-06-01&to=2022-03-01');
  });

  it('uses the first of repeated params and reports the rest', () => {
    const { state: parsed, ignored } = parseViewParams('?view=claims&view=positions');
    expect(parsed.view).toBe('claims');
    expect(ignored).toEqual([{ param: 'view', raw: 'positions', reason: 'repeated; the first value was used' }]);
  });

  it('ignores very long values', () => {
    const long = Array.from({ length: 400 }, (_, i) => `actor-${i}`).join('~');
    expect(ignoredParams(`?actors=${long}`)).toEqual(['actors']);
    expect(parseViewParams(`?actors=${long}`).state.actors).toEqual([]);
  });

  it('never throws, whatever the input', () => {
    for (const search of ['%', '?%E0%A4%A', '?&&&=', '?=x', '??view=claims', '?view', '\u0000', '?'.repeat(5000)]) {
      expect(() => parseViewParams(search)).not.toThrow();
    }
  });

  it('runs the migrations in order before parsing', () => {
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) {
      expect(migration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(migration.reason.length).toBeGreaterThan(10);
    }
  });
});

describe(validateAgainstIndex, () => {
  it('drops actor ids, topics, articles and items the data does not contain', () => {
    const { state: checked, ignored } = validateAgainstIndex(
      state({ actors: ['ukraine', 'atlantis'], topics: ['ceasefire', 'moon'], article: 'nope', focus: 'missing' }),
      index,
      new Set(['events'] as const),
    );
    expect(checked.actors).toEqual(['ukraine']);
    expect(checked.topics).toEqual(['ceasefire']);
    expect(checked.article).toBeNull();
    expect(checked.focus).toBeNull();
    expect(ignored.map((entry) => `${entry.param}=${entry.raw}`)).toEqual([
      'actors=atlantis',
      'topics=moon',
      'article=nope',
      'focus=missing',
    ]);
  });

  it('checks a focus against the view\'s collection only once it has loaded, and leaves one in an article to the reader', () => {
    const onTimeline = state({ focus: 'missing' });
    expect(validateAgainstIndex(onTimeline, index, new Set()).ignored).toEqual([]);
    expect(validateAgainstIndex(onTimeline, index, new Set(['positions', 'claims'] as const)).ignored).toEqual([]);
    expect(validateAgainstIndex(onTimeline, index, new Set(['events'] as const)).ignored).toEqual([
      { param: 'focus', raw: 'missing', reason: 'no event with this id in the data' },
    ]);
    const inArticle = state({ view: 'articles', article: '000_ad34c3576032ad84', focus: 'missing' });
    expect(validateAgainstIndex(inArticle, index, new Set(['events', 'positions', 'claims'] as const)).ignored).toEqual([]);
  });

  it('returns the very same state when everything is known', () => {
    const known = state({ actors: ['putin'], article: '000_ad34c3576032ad84', focus: 'cl-2022-killed' });
    expect(validateAgainstIndex(known, index)).toEqual({ state: known, ignored: [] });
    expect(validateAgainstIndex(known, index).state).toBe(known);
  });
});

describe('link format properties', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
  const day = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const validState = fc
    .record({
      view: fc.constantFrom(...VIEWS),
      dates: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
      actors: fc.uniqueArray(id, { maxLength: 5 }),
      topics: fc.uniqueArray(id, { maxLength: 3 }),
      metrics: fc.uniqueArray(fc.constantFrom(...ClaimMetric.options.filter((metric) => !RETIRED_METRICS.has(metric))), { maxLength: 3 }),
      status: fc.uniqueArray(fc.constantFrom(...Verification.options), { maxLength: 3 }),
      changes: fc.boolean(),
      article: fc.option(id, { nil: null }),
      focus: fc.option(id, { nil: null }),
    })
    .map(({ dates: [a, b], ...rest }): ViewState => {
      const [from, to] = a && b && b < a ? [b, a] : [a, b];
      return { ...rest, from, to };
    });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(validState, (original) => {
        const { state: parsed, ignored } = parseViewParams(toSearch(original));
        expect(parsed).toEqual(original);
        expect(ignored).toEqual([]);
      }),
    );
  }, 30_000);

  // Characters that matter in a query string, plus a lone surrogate, a bidi override and non-Latin text.
  const linkCharacter = fc.constantFrom(...'?&=~%+#;:/<>"\' abcz019-_.E\u00a0\u202e\ud800é漢', 'view', 'from', 'actors', '2025-05-15');

  it('never throws on any input and always yields a usable state', () => {
    fc.assert(
      fc.property(fc.string({ unit: linkCharacter, maxLength: 200 }), (search) => {
        const { state } = parseViewParams(search);
        const datesOk = [state.from, state.to].every((bound) => bound === null || /^\d{4}-\d{2}-\d{2}$/.test(bound));
        return VIEWS.includes(state.view) && datesOk;
      }),
    );
  }, 30_000);
});

describe('actor link migrations', () => {
  it('reads an old id as the renamed person and says what it changed', () => {
    const { state, ignored } = parseViewParams('?actors=mykhailo-podolyak~russia');
    expect(state.actors).toEqual(['mykhailo-podoliak', 'russia']);
    expect(ignored).toEqual([expect.objectContaining({ raw: 'actors=mykhailo-podolyak', reason: expect.stringMatching(/now mykhailo-podoliak/) })]);
  });
});

describe('topic link migrations', () => {
  it('reads an old topic as the propositions that replaced it and says so', () => {
    const { state, ignored } = parseViewParams('?view=positions&topics=territory');
    expect(state.topics).toEqual(expect.arrayContaining(['russia-keeps-annexed-land', 'ukraine-1991-borders']));
    expect(ignored.map((entry) => entry.raw).join(' ')).toMatch(/territory/);
  });
});
