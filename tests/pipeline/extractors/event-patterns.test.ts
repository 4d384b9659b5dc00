// Events in the shapes wire copy gives them: a meeting in a relative clause, an exchange
// told in the past or agreed at talks, rounds referred to as "that round", two dates in
// one phrase, a signing, a sanctions package proposed "last week", and a threat with a clock.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/extractors/events.ts';
import { makeContext } from './make-context.ts';

const eventsOf = (text: string, publishedAt = '2025-06-13') =>
  extractEvents(makeContext(text, publishedAt)).map(({ kind, date, endDate, status, place }) => ({ kind, date, endDate, status, place }));

describe('event patterns', () => {
  it('dates a meeting told in a relative clause, not the speech after it', () => {
    expect(eventsOf('Volodymyr Zelensky, who met Donald Tusk in Warsaw on Tuesday, said on Thursday that Europe must stay united.')).toContainEqual(
      { kind: 'meeting', date: '2025-06-10', endDate: null, status: 'held', place: 'Warsaw' },
    );
    expect(eventsOf('Peace talks will resume in Geneva on Monday, officials said.')).toEqual([
      { kind: 'talks', date: '2025-06-16', endDate: null, status: 'planned', place: 'Geneva' },
    ]);
  });

  it('finds an exchange told in the past, with the prisoners named after a comma', () => {
    expect(eventsOf('The previous exchange, of 390 prisoners each, was brokered by Qatar and took place on May 23.')).toEqual([
      { kind: 'prisoner-exchange', date: '2025-05-23', endDate: null, status: 'held', place: null },
    ]);
  });

  it('reads "that round, held in X on D" as talks, and the exchange it agreed', () => {
    expect(eventsOf('That round, held in Istanbul on June 2, produced agreement to swap sick and injured POWs.')).toEqual([
      { kind: 'talks', date: '2025-06-02', endDate: null, status: 'held', place: 'Istanbul' },
      { kind: 'prisoner-exchange', date: '2025-06-02', endDate: null, status: 'agreed', place: 'Istanbul' },
    ]);
  });

  it('gives talks held on two listed dates two events', () => {
    const events = eventsOf('Türkiye, which hosted the earlier rounds on May 16 and June 2, has offered to host again.');
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['talks', '2025-05-16'],
      ['talks', '2025-06-02'],
    ]);
  });

  it('records talks held when an exchange is agreed at them', () => {
    expect(eventsOf('Kyiv and Moscow agreed on Monday to swap 500 prisoners each at their second round of talks in Istanbul.').map((e) => [e.kind, e.date, e.status])).toEqual([
      ['prisoner-exchange', '2025-06-09', 'agreed'],
      ['talks', '2025-06-09', 'held'],
    ]);
  });

  it('gives talks where an exchange was agreed the status held, not agreed', () => {
    expect(eventsOf('The delegations agreed to a new prisoner exchange at talks in Istanbul on Monday.')).toContainEqual(
      { kind: 'talks', date: '2025-06-09', endDate: null, status: 'held', place: 'Istanbul' },
    );
  });

  it('finds the signing of an agreement as an event of its own', () => {
    expect(eventsOf('Ukraine and Russia signed a memorandum with the United Nations on Wednesday.').map((e) => [e.kind, e.date])).toEqual([['other', '2025-06-11']]);
  });

  it('dates a sanctions package proposed "last week" to that week, as proposed', () => {
    expect(eventsOf('Last week the European Commission proposed a 19th package of sanctions against Russia.')).toEqual([
      { kind: 'sanctions', date: '2025-06-02', endDate: '2025-06-08', status: 'proposed', place: null },
    ]);
    // Talks take a week only when it is said of them, not of something else in the sentence.
    expect(eventsOf('Delegations met in Istanbul last week.')).toEqual([
      { kind: 'meeting', date: '2025-06-02', endDate: '2025-06-08', status: 'held', place: 'Istanbul' },
    ]);
    expect(eventsOf('The talks in Istanbul had stalled, and last week Ukraine recalled its ambassador.')).toEqual([]);
  });

  it('reads a threat of tariffs with a clock as an ultimatum on the day it was made', () => {
    expect(eventsOf('Donald Trump said on Monday that he would impose heavy tariffs on Russia if there is no deal within 50 days.').map((e) => [e.kind, e.date])).toEqual([
      ['ultimatum', '2025-06-09'],
    ]);
    expect(eventsOf('On Monday the White House threatened to impose sanctions on buyers of Russian oil.').map((e) => [e.kind, e.date])).toEqual([
      ['ultimatum', '2025-06-09'],
    ]);
  });

  it('does not read an infinitive or a period as an event', () => {
    expect(eventsOf('He turned down an invitation to meet him in Türkiye.')).toEqual([]);
    expect(eventsOf('The sides have met twice in Istanbul since May 16, and each round produced agreement on prisoner exchanges.').map((e) => e.kind)).not.toContain('prisoner-exchange');
  });
});
