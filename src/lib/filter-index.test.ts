import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/bundle-index.json' with { type: 'json' };
import { BundleIndex } from '../schema/bundle.ts';
import { DEFAULT_VIEW_STATE } from './view-state.ts';
import { actorsInScope, filterIndex, hasActiveFilters, knownDateSpan, type FilterFields } from './filter-index.ts';

const index = BundleIndex.parse(fixture);
const filters = (patch: Partial<FilterFields>): FilterFields => ({ ...DEFAULT_VIEW_STATE, ...patch });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe(actorsInScope, () => {
  it('brings in the people who speak for a chosen state', () => {
    const scope = actorsInScope(index, ['ukraine']);
    expect([...scope].sort()).toEqual(['kuleba', 'ukraine', 'ukraine-army', 'zelensky']);
  });

  it('does not bring in the state when only a person is chosen', () => {
    expect([...actorsInScope(index, ['putin'])]).toEqual(['putin']);
  });
});

describe(filterIndex, () => {
  it('lets everything through without filters', () => {
    const all = filterIndex(index, filters({}));
    expect(all.events).toHaveLength(index.events.length);
    expect(all.claims).toHaveLength(index.claims.length);
    expect(all.actorsInScope.size).toBe(index.actors.length);
    expect(hasActiveFilters(filters({}))).toBe(false);
  });

  it('keeps items dated within the range, inclusive', () => {
    const talks2022 = filterIndex(index, filters({ from: '2022-02-24', to: '2022-12-31' }));
    expect(talks2022.events.every((event) => event.date.startsWith('2022'))).toBe(true);
    expect(ids(talks2022.positions)).toContain('pos-ukraine-nato-2022');
    expect(ids(talks2022.positions)).not.toContain('pos-ukraine-nato-2025');
    expect(ids(talks2022.articles)).toEqual(['000_ad34c3576032ad84', '004_e4151cc778e63499']);
    const oneDay = filterIndex(index, filters({ from: '2022-03-29', to: '2022-03-29' }));
    expect(ids(oneDay.events)).toEqual(['ev-2022-03-29-istanbul']);
  });

  it('keeps an event whose later days overlap the range', () => {
    const second = filterIndex(index, filters({ from: '2025-05-16', to: '2025-05-20' }));
    expect(ids(second.events)).toEqual(['ev-2025-05-15-istanbul']);
  });

  it('matches events by participant, including the people of a chosen state', () => {
    const russia = filterIndex(index, filters({ actors: ['russia'] }));
    expect(ids(russia.events)).toContain('ev-2022-03-10-antalya'); // Lavrov took part
    expect(ids(russia.events)).not.toContain('ev-2025-05-15-nato-antalya');
  });

  it('matches claims by claimant or subject', () => {
    const ukraine = filterIndex(index, filters({ actors: ['ukraine'] }));
    expect(ids(ukraine.claims)).toContain('cl-2022-killed'); // claimed by the Ukrainian army
    expect(ids(ukraine.claims)).toContain('cl-2022-displaced'); // about Ukraine, claimed by the UN
    expect(ids(ukraine.claims)).not.toContain('cl-2025-tariff');
  });

  it('applies topic, metric and verification filters', () => {
    const narrowed = filterIndex(index, filters({ topics: ['sanctions-on-russia'], metrics: ['displaced'], status: ['unknown'] }));
    expect(ids(narrowed.positions)).toEqual(['pos-turkey-sanctions-2022']);
    expect(ids(narrowed.claims)).toEqual(['cl-2022-displaced']);
    expect(ids(filterIndex(index, filters({ status: ['independent'] })).claims)).toEqual([]);
  });

  it("finds a person's statements, which are filed under their party", () => {
    expect(ids(filterIndex(index, filters({ actors: ['putin'] })).positions)).toEqual(['pos-russia-ceasefire-2025']);
    expect(ids(filterIndex(index, filters({ actors: ['zelensky'] })).positions)).toEqual(['pos-ukraine-neutrality-2022']);
    expect(ids(filterIndex(index, filters({ actors: ['lavrov'] })).positions)).toEqual([]);
  });

  it('matches articles by the actors they mention', () => {
    const weller = filterIndex(index, filters({ actors: ['marc-weller'] }));
    expect(ids(weller.articles)).toEqual(['000_ad34c3576032ad84']);
  });

  it('finds by binary search exactly what a plain scan of every date finds, in the original order', () => {
    const dates = [...new Set([...index.positions.map((p) => p.date), ...index.articles.map((a) => a.publishedAt), '2000-01-01', '2099-12-31'])];
    const bound = fc.option(fc.constantFrom(...dates), { nil: null });
    fc.assert(
      fc.property(bound, bound, fc.constantFrom<string[]>([], ['ukraine']), (from, to, actors) => {
        const within = (date: string) => (from === null || date >= from) && (to === null || date <= to);
        const result = filterIndex(index, filters({ from, to }));
        const byActor = filterIndex(index, filters({ from, to, actors }));
        const actorDates = byActor.articles.map((a) => a.publishedAt).sort();
        const actorSpan = knownDateSpan(byActor.articles);
        if (actorSpan && actorDates.length > 0) expect(actorSpan).toEqual({ first: actorDates[0], last: actorDates.at(-1) });
        expect(ids(result.positions)).toEqual(ids(index.positions.filter((p) => within(p.date))));
        expect(ids(result.claims)).toEqual(ids(index.claims.filter((c) => within(c.date))));
        expect(ids(result.articles)).toEqual(ids(index.articles.filter((a) => within(a.publishedAt))));
        const span = knownDateSpan(result.positions);
        const kept = result.positions.map((p) => p.date).sort();
        if (span && kept.length > 0) expect(span).toEqual({ first: kept[0], last: kept.at(-1) });
      }),
    );
  });
});
