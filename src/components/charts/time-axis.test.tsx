import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay, monthSpanLabel } from './time-axis.ts';
import { timeTicks } from './time-ticks.ts';

describe(dayNumber, () => {
  it.each(['1970-01-01', '2022-03-10', '2024-02-29', '2025-06-02'])('round-trips %s', (iso) => {
    expect(isoOfDay(dayNumber(iso))).toBe(iso);
  });
});

describe(timeTicks, () => {
  const labels = (from: string, to: string, width: number) => timeTicks(dayNumber(from), dayNumber(to), width).map((t) => t.label);

  it('marks whole years over a span of years', () => {
    expect(labels('2022-03-01', '2025-06-30', 300)).toEqual(['2023', '2024', '2025']);
  });
  it('adds half-years when there is room, the year alone at each January', () => {
    expect(labels('2022-03-01', '2025-06-30', 600)).toEqual(['Jul 2022', '2023', 'Jul', '2024', 'Jul', '2025']);
  });
  it('falls back to every other year when the strip is narrow', () => {
    expect(labels('2015-03-01', '2025-06-30', 440)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });
  it('uses months, naming the year at the first tick and each January', () => {
    expect(labels('2024-11-10', '2025-03-20', 800)).toEqual(['Dec 2024', 'Jan 2025', 'Feb', 'Mar']);
  });
  it('uses days for a span of weeks, on tick boundaries only', () => {
    const ticks = timeTicks(dayNumber('2025-05-01'), dayNumber('2025-05-31'), 300);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(4);
    for (const tick of ticks) expect(tick.day).toBeGreaterThanOrEqual(dayNumber('2025-05-01'));
  });
});

describe(monthSpanLabel, () => {
  it.each([
    ['2022-03-05', '2022-03-29', 'Mar 2022'],
    ['2025-05-12', '2025-06-02', 'May – Jun 2025'],
    ['2024-12-20', '2025-01-10', 'Dec 2024 – Jan 2025'],
  ])('%s to %s → %s', (from, to, expected) => expect(monthSpanLabel(from, to)).toBe(expected));
});
