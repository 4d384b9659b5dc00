import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base36, hashText, itemId } from '../../../src/pipeline/extractors/ids.ts';

describe(base36, () => {
  it('spells a whole number below 2^53 as toString(36) does', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (value) => {
        expect(base36(value)).toBe(value.toString(36));
      }),
      { numRuns: 5000 },
    );
    for (const value of [0, 1, 35, 36, 2 ** 32, 2 ** 53 - 1]) expect(base36(value)).toBe(value.toString(36));
  });
});

describe(itemId, () => {
  it('is stable across runs: ids are links into the bundle', () => {
    // Values from before ids were spelled without Number's toString(36).
    expect(hashText('')).toBe('0wvjl67o803');
    expect(itemId('claim', 'a', 12, 'killed', 1000)).toBe('claim-27d54g35pud');
  });
});
