import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatNumber } from './labels.ts';

describe(formatDate, () => {
  const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  it('reads every day of 2020–2027 as Intl does for en-GB', () => {
    const differences: string[] = [];
    for (let time = Date.UTC(2020, 0, 1); time < Date.UTC(2028, 0, 1); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const expected = intl.format(new Date(time));
      if (formatDate(iso) !== expected) differences.push(`${iso}: ${formatDate(iso)} ≠ ${expected}`);
    }
    expect(differences).toEqual([]);
  });

  it('leaves what is not a calendar date as it was written', () => {
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('2025-05-00')).toBe('2025-05-00');
    expect(formatDate('15 May 2025')).toBe('15 May 2025');
  });
});

describe(formatCount, () => {
  it('groups thousands as Intl does for en-GB', () => {
    for (const count of [0, 7, 999, 1000, 1432, 17_200, 999_999, 1_000_000, 123_456_789, -4200]) {
      expect(formatCount(count)).toBe(new Intl.NumberFormat('en-GB').format(count));
    }
  });
});

describe(formatNumber, () => {
  const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

  it('writes figures with up to two decimals as Intl does for en-GB', () => {
    const values = [0.5, 1.005, 1.015, 2.675, 0.125, 2.25, 1.5e6, 17_200.4, 999.995, 1e20, 12_345.678_9];
    for (let k = 0; k <= 200_000; k += 7) values.push(k / 100, k / 1000);
    const differences = values.filter((value) => formatNumber(value, 2) !== intl.format(value)).map((value) => `${value}: ${formatNumber(value, 2)} ≠ ${intl.format(value)}`);
    expect(differences).toEqual([]);
  });

  it('writes figures with the default three decimals as Intl does', () => {
    const byDefault = new Intl.NumberFormat('en-GB');
    const values = [1e-7, 0.0005, 1.0005, 2.6745, 123_456.789_5];
    for (let k = 0; k <= 200_000; k += 13) values.push(k / 10_000);
    expect(values.filter((value) => formatNumber(value, 3) !== byDefault.format(value))).toEqual([]);
  });

  it('keeps the sign of a negative figure that does not round to zero', () => {
    expect(formatNumber(-4200.5, 2)).toBe(intl.format(-4200.5));
  });
});
