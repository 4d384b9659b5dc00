import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../url-state.ts';
import { METRIC_MIGRATIONS } from './metrics.ts';

describe('METRIC_MIGRATIONS', () => {
  it('are dated and give a reason', () => {
    for (const migration of METRIC_MIGRATIONS) {
      expect(migration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(migration.reason.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['metrics=population~tanks', ['tanks'], ['metrics=population']],
    ['metrics=tariff-percent', [], ['metrics=tariff-percent']],
    ['metrics=population~tariff-percent~killed', ['killed'], ['metrics=population', 'metrics=tariff-percent']],
    ['metrics=killed~displaced', ['killed', 'displaced'], []],
  ])('an old link %s opens with metrics %j and says what it changed', (search, metrics, told) => {
    const { state, ignored } = parseViewParams(`view=claims&${search}`);
    expect(state.metrics).toEqual(metrics);
    expect(state.view).toBe('claims');
    expect(ignored.map((entry) => entry.raw)).toEqual(told);
    for (const entry of ignored) expect(entry.reason).toContain('only losses and humanitarian figures');
  });
});
