// Articles written for these tests in the styles of wire copy, not taken from the seeds:
// the rules must find items in text they were not tuned on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extractors/index.ts';
import { makeContext } from '../extractors/make-context.ts';

function extract(file: string, publishedAt: string) {
  const text = readFileSync(join(import.meta.dirname, 'unseen', file), 'utf8');
  return extractArticle(makeContext(text, publishedAt, file.replace(/\.txt$/, '')));
}

describe('unseen articles', () => {
  it('Istanbul, 16 May 2025: talks, the prisoner swap figure, quotes and positions', () => {
    const items = extract('istanbul-2025-05-17.txt', '2025-05-17');
    expect(items.events.find((e) => e.kind === 'talks')).toMatchObject({ date: '2025-05-16', place: 'Istanbul', status: 'held' });
    // "Peskov said on Saturday" is no meeting: it is his statement that day.
    expect(items.events.filter((e) => e.date === '2025-05-17').map((e) => [e.kind, e.participants])).toEqual([['statement', ['dmitry-peskov']]]);
    expect(items.claims.find((c) => c.metric === 'prisoners-exchanged')).toMatchObject({ value: 1000, claimant: 'rustem-umerov' });
    expect(items.claims.find((c) => c.value === 970_000)).toMatchObject({ claimant: 'ukraine', subject: 'russia', date: '2025-05-15', verification: 'unverified' });
    expect(items.claims.find((c) => c.metric === 'displaced')).toMatchObject({ value: 6_900_000, claimant: 'united-nations' });
    expect(items.quotes.map((q) => q.speaker)).toEqual(['rustem-umerov', 'rustem-umerov', 'vladimir-medinsky', 'hakan-fidan']);
    expect(items.positions.map((p) => [p.actor, p.topic, p.stance])).toEqual(
      expect.arrayContaining([
        ['united-states', 'ceasefire', 'for'],
        ['united-states', 'sanctions-on-russia', 'conditional'],
        ['russia', 'direct-talks', 'for'],
      ]),
    );
  });

  it('Istanbul, 29 March 2022: claims dated by the statement, Ukraine proposing neutrality', () => {
    const items = extract('istanbul-2022-03-29.txt', '2022-03-29');
    expect(items.claims.map((c) => [c.metric, c.value, c.claimant, c.date])).toEqual(
      expect.arrayContaining([
        ['drones', 123, 'russia', '2022-03-29'],
        ['armoured-vehicles', 1579, 'russia', '2022-03-29'],
        ['killed', 1179, 'united-nations', '2022-03-29'],
      ]),
    );
    expect(items.claims.find((c) => c.metric === 'armoured-vehicles')!.verificationEvidence?.quote).toBe('Those figures could not be independently confirmed.');
    expect(items.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['david-arakhamia', 'recep-tayyip-erdogan']));
    expect(items.positions.filter((p) => p.topic === 'ukraine-neutral').map((p) => [p.actor, p.date])).toEqual(
      expect.arrayContaining([['ukraine', '2022-03-29'], ['ukraine', '2022-03-28']]),
    );
  });

  it('Jeddah, March 2025: a planned visit, quotes kept to their own sentence', () => {
    const items = extract('jeddah-2025-03-12.txt', '2025-03-12');
    expect(items.events.map((e) => [e.kind, e.date, e.place])).toEqual(
      expect.arrayContaining([
        ['meeting', '2025-03-13', 'Moscow'],
        ['meeting', '2025-03-20', 'Brussels'],
      ]),
    );
    expect(items.quotes.find((q) => q.text === "in Russia's court")?.speaker).toBe('marco-rubio');
    expect(items.claims.find((c) => c.metric === 'killed')).toMatchObject({ value: 400, qualifier: 'more than', claimant: 'russia', date: '2025-03-12' });
    expect(items.positions.find((p) => p.actor === 'russia' && p.topic === 'ceasefire')?.stance).toBe('conditional');
  });

  it('Kremlin, May 2025: a refusal in a headline, casualties as a range, injured after killed', () => {
    const items = extract('kremlin-2025-05-12.txt', '2025-05-12');
    expect(items.positions.filter((p) => p.topic === 'ceasefire').map((p) => [p.actor, p.stance])).toEqual([
      ['russia', 'against'],
      ['ukraine', 'for'],
    ]);
    expect(items.claims.find((c) => c.valueHigh === 100_000)).toMatchObject({ value: 60_000, subject: 'russia' });
    expect(items.claims.find((c) => c.metric === 'wounded')).toMatchObject({ value: 43 });
    // The refusal "on Monday" and the news conference "on Monday" are statements of that day.
    expect(items.events.map((e) => [e.kind, e.date, e.place, e.status])).toEqual([
      ['statement', '2025-05-12', null, 'issued'],
      ['statement', '2025-05-12', null, 'issued'],
      ['talks', '2025-05-15', 'Istanbul', 'planned'],
    ]);
    expect(items.events[0]!.participants).toEqual(['russia']);
  });

  it('Ankara, June 2025: the round held and the exchange it agreed, Türkiye backing a ceasefire', () => {
    const items = extract('ankara-2025-06-11.txt', '2025-06-11');
    // The phone call is a call (schema 3), between the two leaders; the dated statements are kept too.
    expect(items.events.map((e) => [e.kind, e.date, e.status])).toEqual([
      ['statement', '2025-06-11', 'issued'],
      ['talks', '2025-06-02', 'held'],
      ['prisoner-exchange', '2025-06-02', 'agreed'],
      ['statement', '2025-06-10', 'issued'],
      ['call', '2025-06-09', 'held'],
    ]);
    expect(items.events.find((e) => e.kind === 'call')).toMatchObject({ participants: ['recep-tayyip-erdogan', 'vladimir-putin'], place: null });
    expect(items.positions.map((p) => [p.actor, p.topic, p.stance])).toEqual(
      expect.arrayContaining([
        ['turkey', 'ceasefire', 'for'],
        ['ukraine', 'prisoner-exchanges', 'for'],
        ['russia', 'ukraine-joins-nato', 'against'],
      ]),
    );
    expect(items.quotes.map((q) => [q.speaker, q.text])).toContainEqual(['andrii-sybiha', 'all for all']);
  });

  it('BBC style, June 2025: "Mr" titles, a cabinet meeting that is no talks event, "killing at least 12"', () => {
    const items = extract('bbc-style-2025-06-23.txt', '2025-06-23');
    expect(items.events).toEqual([]);
    // The attack's size counts too: drones launched are a claim about the attack.
    expect(items.claims.map((c) => [c.metric, c.value, c.qualifier, c.claimant])).toEqual([
      ['drones', 400, 'more than', 'volodymyr-zelensky'],
      ['killed', 12, 'at least', 'volodymyr-zelensky'],
    ]);
    // The headline's single-quoted words ('could meet in Istanbul', Erdogan says) are his too.
    expect(items.quotes.map((q) => [q.speaker, q.text.slice(0, 22)])).toEqual([
      ['recep-tayyip-erdogan', 'could meet in Istanbul'],
      ['recep-tayyip-erdogan', 'Our goal is to bring th'.slice(0, 22)],
      ['dmitry-peskov', 'done their homework'],
      ['mark-rutte', expect.any(String)],
    ]);
    expect(items.positions.map((p) => [p.actor, p.topic, p.stance])).toEqual([
      ['turkey', 'leaders-meeting', 'for'],
      ['turkey', 'mediation', 'for'],
      ['ukraine', 'leaders-meeting', 'for'],
    ]);
  });

  it('analysis, May 2025: "The meeting" dated by the sentence before, a swap "of 1,000 for 1,000"', () => {
    const items = extract('analysis-2025-05-17.txt', '2025-05-17');
    expect(items.events.map((e) => [e.kind, e.date, e.place, e.participants])).toEqual([
      ['meeting', '2025-05-16', 'Istanbul', ['russia', 'ukraine']],
      ['statement', '2025-05-16', null, ['volodymyr-zelensky']],
    ]);
    expect(items.claims.map((c) => [c.metric, c.value])).toEqual([
      ['prisoners-exchanged', 1000],
      ['captured', 8000],
    ]);
    expect(items.positions.map((p) => [p.actor, p.topic, p.stance])).toContainEqual(['ukraine', 'russia-keeps-annexed-land', 'against']);
    // Medinsky's team is no named speaker; the lawmaker is named with his role, so his words are his.
    expect(items.quotes.map((q) => q.speaker)).toEqual(['volodymyr-zelensky', 'oleksandr-merezhko']);
  });
});
