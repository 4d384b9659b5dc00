import { describe, expect, it } from 'vitest';
import type { ClaimRow } from './claim-rows.ts';
import { MAX_BARS, MAX_POINTS, chartMarks } from './chart-marks.ts';

const day = (offset: number) => new Date(Date.UTC(2022, 2, 1 + offset)).toISOString().slice(0, 10);
const row = (i: number, date: string, value: number): ClaimRow =>
  ({
    id: `c${i}`, metric: 'killed', claimant: 'army', claimantName: 'Army', subjectName: '', verification: 'unverified',
    date, value, valueHigh: null, qualifier: null, unit: 'soldiers', reportedIn: 1,
  }) as ClaimRow;

describe(chartMarks, () => {
  it('draws a few claims as they are', () => {
    const marks = [row(1, day(0), 5), row(2, day(0), 7)];
    expect(chartMarks(marks, false)).toEqual({
      kind: 'bars',
      points: [
        { ...marks[0], label: 'According to Army: 5 soldiers killed (not independently verified) — 1 Mar 2022' },
        { ...marks[1], label: 'According to Army: 7 soldiers killed (not independently verified) — 1 Mar 2022' },
      ],
      note: null,
    });
  });

  it('draws only the largest bars, and says so', () => {
    const marks = Array.from({ length: 40 }, (_, i) => row(i, day(0), i));
    const { points, note } = chartMarks(marks, false);
    expect(points).toHaveLength(MAX_BARS);
    expect(points[0]!.value).toBe(39);
    expect(note).toBe('The 15 largest of 40 figures are drawn; the table lists them all.');
  });

  it('sums up thousands of dated claims by the highest figure per period, and says so', () => {
    const marks = Array.from({ length: 3000 }, (_, i) => row(i, day(i % 900), i));
    const { kind, points, note } = chartMarks(marks, true);
    expect(kind).toBe('time');
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points.length).toBeGreaterThan(20);
    expect(note).toMatch(/^3000 claims: each dot is the highest figure one claimant gave in a (week|month)/);
    const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
    expect(highest.value).toBe(2999);
    expect(highest.label).toMatch(/^According to Army: 2,999 soldiers killed .* · highest of \d+ claims in the (week|month)/);
  });

  it('keeps every dot when there are few enough', () => {
    const marks = Array.from({ length: 50 }, (_, i) => row(i, day(i), i));
    expect(chartMarks(marks, true).points).toHaveLength(50);
    expect(chartMarks(marks, true).note).toBeNull();
  });
});
