// The dated-event rules of src/pipeline/extractors/events/, each on sentences written for
// these tests in the shapes news copy gives them: a rule must fire on its shape, name the
// right day and sides, and leave other readings alone.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/extractors/events.ts';
import { rulesOf } from '../../../src/pipeline/trace.ts';
import { makeContext } from './make-context.ts';

/** Published on Wednesday 11 June 2025 unless told otherwise. */
const eventsOf = (text: string, publishedAt = '2025-06-11') =>
  extractEvents(makeContext(text, publishedAt)).map((e) => ({ kind: e.kind, date: e.date, endDate: e.endDate, status: e.status, title: e.title, participants: e.participants, rules: rulesOf(e) }));

describe('events/said-on-date', () => {
  it.each([
    ['Sergei Lavrov said on Monday that the memorandum was ready.', '2025-06-09'],
    ['Andrii Sybiha told reporters about the plan on Tuesday.', '2025-06-10'],
    ['Dmitry Peskov said Monday there was no date yet.', '2025-06-09'],
    ['On June 5, Volodymyr Zelensky said the front line was holding.', '2025-06-05'],
    ['Russia on Tuesday rejected the proposal for a ceasefire.', '2025-06-10'],
  ])('%s', (text, date) => {
    const [event] = eventsOf(text);
    expect(event).toMatchObject({ kind: 'statement', date, status: 'issued', rules: ['events/said-on-date'] });
    expect(event!.participants).toHaveLength(1);
    expect(event!.title).toMatch(/^Statement by /);
  });

  it('names the speaker, not a country named in what was said', () => {
    expect(eventsOf('Marco Rubio said on Tuesday that Russia must answer by Friday.')[0]).toMatchObject({ participants: ['marco-rubio'] });
    expect(eventsOf('Hakan Fidan, who hosted the delegations of Russia and Ukraine, said on Monday the sides would meet again.')[0]).toMatchObject({
      participants: ['hakan-fidan'],
    });
  });

  it('dates the saying "a day prior" to the day before publication', () => {
    expect(eventsOf('Dmytro Kuleba called the situation dire, and added, a day prior, that water was scarce.')[0]).toMatchObject({
      kind: 'statement',
      date: '2025-06-10',
      participants: ['dmytro-kuleba'],
    });
  });

  it('makes no statement of words inside a quotation, of a private word to another side, or of a week', () => {
    expect(eventsOf('"I told him so again today," Putin said.').map((e) => e.kind)).not.toContain('statement');
    expect(eventsOf('Vladimir Putin told Recep Tayyip Erdogan on Monday that the deal was over.').map((e) => e.kind)).not.toContain('statement');
    expect(eventsOf('Vladimir Putin told Turkish President Recep Tayyip Erdogan on Monday that the deal was over.').map((e) => e.kind)).not.toContain('statement');
    expect(eventsOf('This week, officials in Kyiv blamed Moscow for the delays.')).toEqual([]);
    // Said on Friday, in a story of Thursday: the Friday before, never one to come.
    expect(eventsOf('Zelensky said on Friday he would travel.', '2025-06-05').map((e) => e.date)).toEqual(['2025-05-30']);
  });

  it('"told Ukrainian TV" is a public statement; two speakers on one day are two statements', () => {
    expect(eventsOf('Rustem Umerov told Ukrainian radio on Monday that the list was ready.')[0]).toMatchObject({ kind: 'statement', participants: ['rustem-umerov'] });
    const text = 'Dmitry Peskov said on Monday the memorandum was ready. A city official said on Monday that shelling continued.';
    expect(eventsOf(text).map((e) => e.participants)).toEqual([['dmitry-peskov'], []]);
  });

  it('a passive "were announced" with no one named is no statement', () => {
    expect(eventsOf('The penalties were announced with no word on who had decided them.')).toEqual([]);
  });

  it('keeps the event the date also belongs to: talks that ended as the minister spoke', () => {
    const found = eventsOf('The sides agreed to swap 500 prisoners, Rustem Umerov told radio on Monday as the Geneva round closed.');
    expect(found.map((e) => [e.kind, e.date])).toEqual(expect.arrayContaining([['statement', '2025-06-09'], ['talks', '2025-06-09']]));
  });
});

describe('events/war-start', () => {
  it.each([
    'More than 900 civilians have been killed since the invasion began on Feb. 24.',
    'The figure covers the period since Moscow launched its full-scale invasion on 24 February 2022.',
    'Casualties have mounted since the war started on February 24.',
  ])('%s', (text) => {
    expect(eventsOf(text, '2022-04-01')).toEqual([
      expect.objectContaining({ kind: 'other', date: '2022-02-24', status: 'held', rules: ['events/war-start'] }),
    ]);
  });

  it('is not a meeting on that day, and not any operation', () => {
    const found = eventsOf('It is the first meeting of the two foreign ministers since Moscow began its special military operation on 24 February.', '2022-03-09');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['other', '2022-02-24']]);
    expect(found[0]!.title).toMatch(/^Start of the war/);
    expect(eventsOf('The army launched an offensive operation near the river on Monday.')).toEqual([]);
  });
});

describe('events/dateline', () => {
  it('reads no event from the place and date a wire story opens with', () => {
    expect(eventsOf('KYIV, June 10 (Reuters) - Officials met in the capital.').map((e) => e.date)).not.toContain('2025-06-10');
    expect(eventsOf('ANKARA, Turkey, June 10 - The two delegations met on Monday.').map((e) => [e.kind, e.date])).toEqual([['meeting', '2025-06-09']]);
  });
});

describe('events/withdrawal and events/reported-strike', () => {
  it('a party pulling out of a deal on a day', () => {
    expect(eventsOf('Russia on Monday pulled out of the grain deal brokered by the UN.')).toEqual([
      expect.objectContaining({ kind: 'other', date: '2025-06-09', title: 'Withdrawal by Russia', rules: ['events/withdrawal'] }),
    ]);
  });

  it('a strike a side says it made on a day, titled as reported', () => {
    const found = eventsOf('The army claimed on Tuesday that it struck an ammunition store near the border on Monday night.');
    expect(found.map((e) => [e.kind, e.date, e.title.startsWith('Reported strike') || e.title.startsWith('Statement')])).toEqual(
      expect.arrayContaining([['statement', '2025-06-10', true], ['other', '2025-06-09', true]]),
    );
  });
});

describe('calls and days counted from another', () => {
  it('a phone call is a call between caller and called, with no venue', () => {
    expect(eventsOf('Emmanuel Macron phoned Volodymyr Zelensky on Sunday to discuss air defence.')).toEqual([
      expect.objectContaining({ kind: 'call', date: '2025-06-08', participants: ['emmanuel-macron', 'volodymyr-zelensky'] }),
    ]);
  });

  it('"met A on Saturday, then phoned B": a meeting with A and a call with B, not one event with all three', () => {
    const found = eventsOf('Emmanuel Macron met Vladimir Putin in Moscow on Saturday, then phoned Volodymyr Zelensky.', '2025-06-09');
    expect(found.map((e) => [e.kind, e.date, e.participants])).toEqual([
      ['meeting', '2025-06-07', ['emmanuel-macron', 'vladimir-putin']],
      ['call', '2025-06-07', ['emmanuel-macron', 'volodymyr-zelensky']],
    ]);
  });

  it('"a day after X spoke to Y" dates the call the day before the sentence\'s own date', () => {
    const found = eventsOf('The EU adopted new sanctions on Tuesday, a day after Donald Trump talked with Vladimir Putin.');
    expect(found).toContainEqual(expect.objectContaining({ kind: 'call', date: '2025-06-09', participants: ['donald-trump', 'vladimir-putin'] }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'sanctions', date: '2025-06-10' }));
  });

  it('"on the eve of" a call the article dates is the day before it', () => {
    const text = 'Donald Trump held a call with Vladimir Putin on Monday. Emmanuel Macron phoned Donald Trump on the eve of the Trump-Putin phone call.';
    expect(eventsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'call', date: '2025-06-08', participants: ['emmanuel-macron', 'donald-trump'], rules: ['events/eve-of'] }),
    );
    // No call of that kind dated in the article: no day to count from.
    expect(eventsOf('Emmanuel Macron phoned Donald Trump on the eve of the Trump-Putin phone call.')).toEqual([]);
  });

  it('a meeting slated "between June 20 and 22" spans the three days', () => {
    expect(eventsOf('A summit of the leaders is planned in Geneva between June 20 and 22.')[0]).toMatchObject({ date: '2025-06-20', endDate: '2025-06-22', status: 'planned' });
  });

  it('an exchange still to come looks ahead: "more are due to be released on Saturday"', () => {
    expect(eventsOf('Each side freed 300 soldiers on Monday, and others are set to be freed on Saturday.').map((e) => [e.kind, e.date, e.status])).toEqual([
      ['prisoner-exchange', '2025-06-09', 'held'],
      ['prisoner-exchange', '2025-06-14', 'planned'],
    ]);
  });
});
