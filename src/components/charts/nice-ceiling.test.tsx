import { describe, expect, it } from 'vitest';
import { niceCeiling } from './nice-ceiling.ts';

describe(niceCeiling, () => {
  it.each([
    [17200, 20000],
    [597, 1000],
    [7, 10],
    [1200, 2000],
    [2_000_000, 2_000_000],
    [44_000_000, 50_000_000],
    [230, 250],
    [0, 1],
  ])('%d → %d', (value, expected) => expect(niceCeiling(value)).toBe(expected));
});
