import { describe, expect, it } from 'vitest';
import type { Actor, TalksEvent } from '../../schema/bundle.ts';
import { talksRounds } from './talks-rounds.ts';

const talks = (id: string, date: string, participants: string[], status: TalksEvent['status'] = 'held'): TalksEvent => ({
  id, origin: 'extracted', evidence: [{ articleId: 'a', start: 0, end: 1, quote: 'x' }], date, endDate: null,
  dateBasis: { kind: 'explicit', phrase: '', note: '' }, kind: 'talks', title: 'Talks', place: 'Istanbul', participants, status,
});
const person = (id: string, party: string): Actor => ({ id, name: id, kind: 'person', party, role: null, voice: 'party', aliases: [] });

describe(talksRounds, () => {
  it('numbers only talks held with both sides at the table, people counting for their side', () => {
    const actors = new Map([['a-negotiator', person('a-negotiator', 'ukraine')], ['a-mediator', person('a-mediator', 'israel')]]);
    const rounds = talksRounds([
      talks('visit', '2022-03-05', ['a-mediator', 'russia']),
      talks('r1', '2022-03-29', ['a-negotiator', 'russia']),
      talks('offer', '2025-05-15', ['russia', 'ukraine'], 'proposed'),
      talks('r2', '2025-06-02', ['ukraine', 'russia']),
    ], actors);
    expect(rounds.map((round) => [round.number, round.date])).toEqual([[1, '2022-03-29'], [2, '2025-06-02']]);
  });
});
