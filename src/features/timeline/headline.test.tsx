import { describe, expect, it } from 'vitest';
import type { Round } from './chapters.ts';
import { headline, standfirst } from './headline.ts';

const round = (from: string, to: string, label: string): Round => ({ from, to, label, places: [] });

describe(headline, () => {
  it.each([
    [[], 'The articles report no talks or meetings'],
    [[round('2022-03-05', '2022-03-29', 'Mar 2022')], 'In one round of talks, Mar 2022'],
    [
      [round('2022-03-05', '2022-03-29', 'Mar 2022'), round('2025-05-15', '2025-06-02', 'May – Jun 2025')],
      'In two rounds of talks, Mar 2022 and May – Jun 2025, 3 years apart',
    ],
    [
      [round('2022-03-05', '2022-03-29', 'Mar 2022'), round('2022-09-01', '2022-09-02', 'Sept 2022'), round('2025-05-15', '2025-06-02', 'May – Jun 2025')],
      'In three rounds of talks, Mar 2022 to May – Jun 2025; the longest pause lasted 3 years',
    ],
  ] as const)('%j → %s', (rounds, expected) => expect(headline(rounds)).toBe(expected));
});

describe(standfirst, () => {
  it('counts what is shown against the whole, with the dates in words', () => {
    expect(standfirst(11, 16, 5, '2025-05-01', null)).toMatch(/^11 events of 16, from 1 May 2025 on, reported in 5 articles/);
    expect(standfirst(10_000, 10_000, 1, null, null)).toMatch(/^10,000 events reported in 1 article:/);
  });
});
