import { describe, expect, it } from 'vitest';
import type { ClaimRow } from './claim-rows.ts';
import { MAX_POINTS, chartMarks } from './chart-marks.ts';
import { toClaimRecords } from './claims-csv.ts';
import { familyOf, hedgeOf } from '../../lib/claim-text.ts';
import { metricShapes } from './mark-shapes.ts';

const day = (offset: number) => new Date(Date.UTC(2022, 2, 1 + offset)).toISOString().slice(0, 10);
const row = (i: number, date: string, value: number, patch: Partial<ClaimRow> = {}): ClaimRow =>
  ({
    id: `c${i}`, metric: 'killed', claimant: 'army', claimantName: 'Army', subject: 'north', subjectName: 'North', verification: 'unverified',
    date, asOf: null, value, valueHigh: null, qualifier: null, unit: 'soldiers', reportedIn: 1, disagreements: [], colour: '#000000',
    articleId: 'a1', articleTitle: 'Title', outlet: 'Outlet', publishedAt: '2022-03-01', quote: 'q', ...patch,
  }) as ClaimRow;

describe(chartMarks, () => {
  it('draws a handful of claims one by one, each on its own series line', () => {
    const marks = [row(1, day(0), 5), row(2, day(3), 7), row(3, day(3), 9, { claimant: 'navy', claimantName: 'Navy' })];
    const { points, note } = chartMarks(marks);
    expect(note).toBeNull();
    expect(points.map((point) => [point.id, point.series])).toEqual([
      ['c1', 'army|killed|north'],
      ['c2', 'army|killed|north'],
      ['c3', 'navy|killed|north'],
    ]);
    expect(points[0]!.label).toBe("According to Army: 5 soldiers killed on North's side (not independently verified) — 1 Mar 2022");
  });

  it('sums up thousands of claims by the highest figure per series and period, and says so', () => {
    const marks = Array.from({ length: 5000 }, (_, i) => row(i, day(i % 1000), i, { claimant: i % 2 ? 'army' : 'navy' }));
    const { points, note } = chartMarks(marks);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(note).toBe('5000 claims: each mark is the highest figure one claimant gave for one count in a month; the table lists every claim.');
    const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
    expect(highest.value).toBe(4999);
    expect(highest.label).toMatch(/· highest of \d+ claims in the month from 1 \w+ 20\d\d$/);
  });

  it('never sums a verified figure into an unverified mark', () => {
    const marks = Array.from({ length: 400 }, (_, i) => row(i, day(i % 200), i, { verification: i % 2 ? 'independent' : 'unverified' }));
    const { points } = chartMarks(marks);
    const kinds = new Set(points.map((point) => point.verification));
    expect(kinds).toEqual(new Set(['independent', 'unverified']));
  });
});

describe('what the view charts', () => {
  it.each([
    ['killed', 'personnel'],
    ['killed-and-wounded', 'personnel'],
    ['rocket-launchers', 'equipment'],
    ['refugees', 'displacement'],
    ['bodies-repatriated', 'exchanges'],
    ['population', null],
    ['tariff-percent', null],
    ['other', null],
  ] as const)('%s → %s', (metric, family) => expect(familyOf(metric)?.id ?? null).toBe(family));

  it.each([
    [{ qualifier: 'more than', valueHigh: null }, 'above'],
    [{ qualifier: 'at least', valueHigh: null }, 'above'],
    [{ qualifier: 'up to', valueHigh: null }, 'below'],
    [{ qualifier: 'about', valueHigh: null }, 'about'],
    [{ qualifier: 'between', valueHigh: 12 }, null],
    [{ qualifier: null, valueHigh: null }, null],
  ] as const)('hedge %j draws as %s', (claim, hedge) => expect(hedgeOf(claim)).toBe(hedge));
});

describe(toClaimRecords, () => {
  it('puts readable labels beside the ids', () => {
    const [record] = toClaimRecords([row(1, day(0), 1000, { qualifier: 'more than', asOf: '2022-02-28' })]);
    expect(record).toMatchObject({
      metric: 'killed', metric_label: 'Killed', figure_as_stated: 'more than 1,000', claimant: 'army', claimant_name: 'Army',
      subject: 'north', subject_name: 'North', verification: 'unverified', verification_label: 'not independently verified',
      as_of: '2022-02-28', disputed: null,
    });
  });
});

describe(metricShapes, () => {
  it('gives each metric drawn its own shape, in the family’s order', () => {
    const equipment = familyOf('tanks')!;
    const shapes = metricShapes(equipment, new Set(['ships', 'tanks', 'aircraft', 'helicopters', 'armoured-vehicles'] as const));
    expect([...shapes]).toEqual([
      ['tanks', 'circle'],
      ['armoured-vehicles', 'square'],
      ['aircraft', 'triangle'],
      ['helicopters', 'diamond'],
      ['ships', 'triangle-down'],
    ]);
  });
});
