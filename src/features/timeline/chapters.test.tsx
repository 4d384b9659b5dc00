import { describe, expect, it } from 'vitest';
import type { TalksEvent } from '../../schema/bundle.ts';
import { chaptersByRound, findRounds, pauses } from './chapters.ts';
import { shownStatus } from './status.ts';

const event = (id: string, date: string, kind: TalksEvent['kind'] = 'talks', place: string | null = null): TalksEvent => ({
  id,
  origin: 'extracted',
  evidence: [{ articleId: 'a', start: 0, end: 1, quote: 'x' }],
  date,
  endDate: null,
  dateBasis: { kind: 'explicit', phrase: date, note: '' },
  kind,
  title: id,
  place,
  participants: [],
  status: 'held',
});

describe(findRounds, () => {
  it('joins talks less than two months apart and splits at a longer pause', () => {
    const rounds = findRounds([
      event('t1', '2022-03-10', 'meeting', 'Antalya'),
      event('s1', '2022-06-01', 'statement'),
      event('t2', '2022-03-29', 'talks', 'Istanbul'),
      event('t3', '2025-05-16', 'talks', 'Istanbul'),
      event('t4', '2025-06-02', 'talks', 'Istanbul'),
    ]);
    expect(rounds).toEqual([
      { from: '2022-03-10', to: '2022-03-29', label: 'Mar 2022', places: ['Antalya', 'Istanbul'] },
      { from: '2025-05-16', to: '2025-06-02', label: 'May – Jun 2025', places: ['Istanbul'] },
    ]);
    expect(pauses(rounds).map((pause) => pause.label)).toEqual(['3 years, no talks reported']);
  });
});

describe('a busy collection', () => {
  it('closes a round that has lasted a season at the turn of the year', () => {
    const monthly = Array.from({ length: 20 }, (_, i) => {
      const month = new Date(Date.UTC(2022, 2 + i, 10)).toISOString().slice(0, 10);
      return event(`m${i}`, month);
    });
    expect(findRounds(monthly).map((round) => round.label)).toEqual(['Mar – Dec 2022', 'Jan – Oct 2023']);
  });
});

describe(chaptersByRound, () => {
  it('puts events near a round in it, and others between rounds', () => {
    const events = [
      event('t1', '2022-03-10'),
      event('u1', '2022-03-01', 'ultimatum'),
      event('s1', '2023-01-15', 'statement'),
      event('t2', '2025-05-16'),
      event('x1', '2025-06-20', 'prisoner-exchange'),
    ];
    const chapters = chaptersByRound(events, findRounds(events));
    expect(chapters.map((chapter) => [chapter.label, chapter.events.map((e) => e.id)])).toEqual([
      ['Round of Mar 2022', ['u1', 't1']],
      ['Outside the rounds, Jan 2023', ['s1']],
      ['Round of May 2025', ['t2']],
      ['Outside the rounds, Jun 2025', ['x1']],
    ]);
  });
});

describe(shownStatus, () => {
  it.each([
    ['ultimatum', 'held', '2025-05-10', 'issued'],
    ['statement', 'held', '2025-05-10', 'issued'],
    ['deadline', 'held', '2025-05-12', 'deadline-passed'],
    ['deadline', 'proposed', '2025-05-12', 'deadline-passed'],
    ['deadline', 'held', '2025-06-03', 'deadline-ahead'],
    ['talks', 'held', '2025-05-16', 'held'],
    ['talks', 'planned', '2025-07-01', 'planned'],
  ] as const)('%s %s on %s → %s (newest article 2025-06-03)', (kind, status, date, expected) => {
    expect(shownStatus({ kind, status, date, endDate: null }, '2025-06-03')).toBe(expected);
  });
});
