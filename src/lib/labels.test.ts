import { describe, expect, it } from 'vitest';
import { formatCount, formatDate } from './labels.ts';

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
