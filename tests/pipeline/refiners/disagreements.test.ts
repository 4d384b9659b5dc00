import { describe, expect, it } from 'vitest';
import { findDisagreements, periodOf } from '../../../src/pipeline/refiners/disagreements.ts';
import type { Claim, TalksEvent } from '../../../src/schema/bundle.ts';

const claim = (id: string, patch: Partial<Claim>): Claim => ({
  id,
  origin: 'extracted',
  evidence: [{ articleId: `art-${id}`, start: 0, end: 4, quote: 'text' }],
  metric: 'killed',
  value: 100,
  valueHigh: null,
  qualifier: null,
  unit: 'soldiers',
  subject: 'russia',
  claimant: 'ukraine',
  date: '2022-03-25',
  asOf: null,
  verification: 'unverified',
  verificationEvidence: null,
  ...patch,
});

const talks = (id: string, patch: Partial<TalksEvent>): TalksEvent => ({
  id,
  origin: 'extracted',
  evidence: [{ articleId: `art-${id}`, start: 0, end: 4, quote: 'text' }],
  date: '2025-05-15',
  endDate: null,
  dateBasis: { kind: 'explicit', phrase: '', note: '' },
  kind: 'talks',
  title: 'Talks',
  place: 'Istanbul',
  participants: ['ukraine', 'russia'],
  status: 'held',
  ...patch,
});

const articles = [
  { id: 'art-a', outlet: 'Outlet A' },
  { id: 'art-b', outlet: 'Outlet B' },
];

describe(periodOf, () => {
  it.each([
    ['2022-03-02', 'early March 2022'],
    ['2022-03-15', 'mid-March 2022'],
    ['2022-03-29', 'late March 2022'],
  ])('%s → %s', (date, words) => expect(periodOf(date)).toBe(words));
});

describe(findDisagreements, () => {
  it('records two claimants giving different figures for the same losses in one period, in their own names', () => {
    const claims = [
      claim('ua', { value: 17_200, date: '2022-03-29' }),
      claim('ru', { value: 1_351, claimant: 'russia', date: '2022-03-25' }),
    ];
    const [found, ...rest] = findDisagreements({ claims, events: [] });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'claim-figures', items: ['ua', 'ru'], metric: 'killed', subject: 'russia', from: '2022-03-25', to: '2022-03-29' });
    expect(found!.summary).toBe('Ukraine says 17,200; Russia says 1,351 — late March 2022');
  });

  it('does not flag figures that can both be true, other periods, other subjects or one claimant alone', () => {
    const claims = [
      claim('ua', { value: 17_200 }),
      claim('ru-more-than', { value: 1_000, qualifier: 'more than', claimant: 'russia' }),
      claim('ru-earlier', { value: 500, claimant: 'russia', date: '2022-03-05' }),
      claim('ru-other-side', { value: 50, claimant: 'russia', subject: 'ukraine' }),
      claim('ua-unknown-side', { value: 3, subject: null }),
      claim('ru-unknown-side', { value: 9, subject: null, claimant: 'russia' }),
    ];
    expect(findDisagreements({ claims, events: [] })).toEqual([]);
  });

  it('records articles reporting one claimant’s figure for the same date differently, naming the outlets', () => {
    const claims = [
      claim('a', { value: 17_200, evidence: [{ articleId: 'art-a', start: 0, end: 1, quote: 'x' }] }),
      claim('b', { value: 17_500, evidence: [{ articleId: 'art-b', start: 0, end: 1, quote: 'x' }] }),
    ];
    const found = findDisagreements({ claims, events: [] }, articles);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'claim-reports', items: ['a', 'b'] });
    expect(found[0]!.summary).toBe("Articles report Ukraine's figure for 25 March 2022 differently: 17,200 (Outlet A); 17,500 (Outlet B)");
  });

  it('does not call two figures from one article a misreport', () => {
    const same = [{ articleId: 'art-a', start: 0, end: 1, quote: 'x' }];
    const claims = [claim('a', { value: 10, evidence: same }), claim('b', { value: 20, evidence: same })];
    expect(findDisagreements({ claims, events: [] }, articles)).toEqual([]);
  });

  it('records talks that articles date a few days apart at one venue, and talks placed in two cities on one day', () => {
    const events = [
      talks('ist-15', {}),
      talks('ist-16', { date: '2025-05-16' }),
      talks('gen-02', { date: '2025-06-02', place: 'Geneva' }),
      talks('ist-02', { date: '2025-06-02', place: 'Istanbul' }),
    ];
    const found = findDisagreements({ claims: [], events }, articles);
    expect(found.map((d) => [d.kind, d.items])).toEqual([
      ['event-date', ['ist-15', 'ist-16']],
      ['event-place', ['gen-02', 'ist-02']],
    ]);
    expect(found[0]!.summary).toBe('Articles date the talks in Istanbul differently: 15 May 2025 (art-ist-15); 16 May 2025 (art-ist-16)');
  });

  it('leaves alone rounds weeks apart, other parties, and two sittings told by one article', () => {
    const shared = [{ articleId: 'art-a', start: 0, end: 1, quote: 'x' }];
    const events = [
      talks('may', {}),
      talks('june', { date: '2025-06-02' }),
      talks('others', { date: '2025-05-16', participants: ['united-states', 'turkey'] }),
      talks('day-one', { date: '2025-07-01', evidence: shared }),
      talks('day-two', { date: '2025-07-02', evidence: shared }),
      talks('meeting', { date: '2025-05-15', place: 'Antalya', kind: 'meeting' }),
    ];
    expect(findDisagreements({ claims: [], events }, articles)).toEqual([]);
  });
});
