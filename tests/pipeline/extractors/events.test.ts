import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/extractors/events.ts';
import { makeContext } from './make-context.ts';

const eventsOf = (text: string, publishedAt = '2025-05-15') =>
  extractEvents(makeContext(text, publishedAt)).map(({ kind, date, endDate, status, place, title }) => ({ kind, date, endDate, status, place, title }));

describe(extractEvents, () => {
  it('a planned round of talks with its place and sides', () => {
    expect(eventsOf('Ukraine and Russia will hold talks in Geneva on Monday.')).toEqual([
      { kind: 'talks', date: '2025-05-19', endDate: null, status: 'planned', place: 'Geneva', title: 'Talks between Ukraine and Russia in Geneva' },
    ]);
  });

  it('a past meeting, from the weekday and the past tense', () => {
    const [event] = eventsOf('Andrii Sybiha met Sergei Lavrov in Riyadh on Tuesday.');
    expect(event).toMatchObject({ kind: 'meeting', date: '2025-05-13', status: 'held', place: 'Riyadh' });
  });

  it('gives the date to the nearest event word: a statement, not talks', () => {
    const [event] = eventsOf('Vladimir Putin announced late Wednesday that a delegation would go to talks in Istanbul.');
    expect(event).toMatchObject({ kind: 'statement', date: '2025-05-14', place: null });
  });

  it('splits an ultimatum from its deadline', () => {
    const found = eventsOf('European leaders issued an ultimatum on Saturday, giving Russia until May 12 to agree to a ceasefire.', '2025-05-11');
    expect(found.map((e) => [e.kind, e.date])).toEqual([
      ['ultimatum', '2025-05-10'],
      ['deadline', '2025-05-12'],
    ]);
  });

  it('proposed talks, and an agreed exchange', () => {
    expect(eventsOf('Russia proposed direct talks in Istanbul next Thursday.', '2025-05-11')[0]).toMatchObject({ status: 'proposed', date: '2025-05-15' });
    expect(eventsOf('The two sides agreed on Monday to a prisoner exchange.', '2025-06-03')[0]).toMatchObject({
      kind: 'prisoner-exchange',
      status: 'agreed',
      date: '2025-06-02',
    });
  });

  it('a held event with no date takes the publication date and says so', () => {
    const [event] = extractEvents(makeContext('Ukraine and Russia held a round of talks in Istanbul.', '2025-06-02'));
    expect(event).toMatchObject({ date: '2025-06-02', dateBasis: { kind: 'publication', phrase: '' } });
  });

  it('no event from dates alone, or from talks in the past or the hypothetical', () => {
    expect(eventsOf('Prices rose on Tuesday.')).toEqual([]);
    expect(eventsOf('Delegations have held three rounds of talks previously, two in Belarus.')).toEqual([]);
    expect(eventsOf('Talks in Istanbul could resume.')).toEqual([]);
  });

  it('no event from a headline in the present tense; a date that is when something was said makes a statement, not a meeting', () => {
    expect(eventsOf('Zelensky says Ukraine ready for ceasefire talks as envoy heads to Moscow')).toEqual([]);
    expect(eventsOf('Dmitry Peskov said on Saturday that a meeting between Putin and Zelenskiy was possible.')).toEqual([
      { kind: 'statement', date: '2025-05-10', endDate: null, status: 'issued', place: null, title: 'Statement by Dmitry Peskov' },
    ]);
  });

  it('takes participants from the clause of the event word, or from "between A and B"', () => {
    const [ultimatum] = extractEvents(
      makeContext('The meetings between Marco Rubio and ministers will help, after European leaders issued an ultimatum on Saturday, giving Russia until May 12.', '2025-05-11'),
    );
    expect(ultimatum!.participants).toEqual(['european-leaders', 'russia']);
    const [talks] = extractEvents(makeContext('The European Union is monitoring the talks between Ukraine and Russia, held in Istanbul.', '2025-06-02'));
    expect(talks!.participants).toEqual(['ukraine', 'russia']);
  });

  it('talks put forward on a day gone by are not talks held that day; talks put forward for a day to come are dated by it', () => {
    // 2025-05-13 is a Tuesday.
    const gone = eventsOf('Putin floated the idea of direct talks in Istanbul at a news conference in Moscow on Sunday.', '2025-05-13');
    expect(gone.filter((event) => event.kind === 'talks')).toEqual([]);
    const coming = eventsOf('Putin proposed direct talks with Ukraine in Istanbul next Thursday.', '2025-05-13');
    expect(coming.filter((event) => event.kind === 'talks').map((event) => [event.date, event.status])).toEqual([['2025-05-15', 'proposed']]);
  });

  it('a word inside an aside about someone does not take the date of what that person did', () => {
    const events = eventsOf('Rustem Umerov, who leads the delegation for talks with Moscow, landed in Ankara on Tuesday.', '2025-11-12');
    expect(events.filter((event) => event.kind === 'talks')).toEqual([]);
  });

  it('a lead with no day of its own takes the dateline day, not the publication date', () => {
    const text = 'ANKARA, June 3. The two delegations wrapped up talks in Istanbul.';
    expect(eventsOf(text, '2025-06-04').map((event) => [event.kind, event.date])).toEqual([['talks', '2025-06-03']]);
  });

  it('an exchange that was only discussed is no exchange held; the talks it was discussed at are', () => {
    const events = eventsOf('After the talks, Umerov said a truce and a prisoner swap were discussed at the talks in Istanbul.', '2025-05-16');
    expect(events.map((event) => event.kind)).not.toContain('prisoner-exchange');
  });

  it('dates the talks that open a long sentence by the verb that says they took place', () => {
    const text = 'Negotiations between the two delegations, one led by a defence minister and the other by a presidential aide, ended in Istanbul on Friday.';
    expect(eventsOf(text, '2025-05-17').map((event) => [event.kind, event.date, event.status])).toEqual([['talks', '2025-05-16', 'held']]);
  });

  it('the day an outlet reported talks to come is not the day of the talks', () => {
    const events = eventsOf('Two envoys will travel to Istanbul for possible talks between Ukraine and Russia, a news agency reported on Tuesday.', '2025-05-13');
    expect(events.filter((event) => event.kind === 'talks' && event.date === '2025-05-13')).toEqual([]);
  });

  it('a statement is made on a day gone by, never on the day to come it speaks of', () => {
    const events = eventsOf('The president announced that the swap is slated to go ahead over the weekend.', '2025-05-23');
    expect(events.filter((event) => event.kind === 'statement' && event.date > '2025-05-23')).toEqual([]);
  });

  it('a bare "the exchange" just after a prisoner exchange is one too; an exchange of views is not', () => {
    const text = 'The two sides completed another stage of prisoner swaps. According to the president, the exchange carried out on 14 July brought home 90 soldiers.';
    expect(eventsOf(text, '2025-07-15').map((event) => [event.kind, event.date])).toContainEqual(['prisoner-exchange', '2025-07-14']);
    const views = 'The two sides completed another stage of prisoner swaps. The ministers held an exchange of views on 14 July in Ankara.';
    expect(eventsOf(views, '2025-07-15').filter((event) => event.kind === 'prisoner-exchange' && event.date === '2025-07-14')).toEqual([]);
  });

  it('a statement is its speaker\'s, and "of Moscow\'s" names no place', () => {
    const [statement] = extractEvents(makeContext("In a statement issued on Friday, a year after the launch of Moscow's invasion, Antonio Guterres said the UN had verified 900 civilian deaths.", '2025-05-17'));
    expect([statement!.kind, statement!.participants, statement!.place]).toEqual(['statement', ['antonio-guterres'], null]);
  });
});

