// The bundle built from the seed articles by the extractors alone (no curated layer),
// checked by value against what a careful reader finds in them.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Claim, Evidence, TalksEvent } from '../../../src/schema/bundle.ts';
import { buildBundle } from '../../../src/pipeline/build.ts';
import { readInput } from '../../../src/pipeline/read-input.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
let bundle: Bundle;
beforeAll(() => {
  bundle = buildBundle({ ...readInput(SEEDS), annotations: null });
});

const article = (prefix: string) => bundle.articles.find((a) => a.id.startsWith(prefix))!;
const fromArticle = (evidence: Evidence[], prefix: string) => evidence.some((e) => e.articleId.startsWith(prefix));
const claim = (prefix: string, metric: Claim['metric']) =>
  bundle.claims.filter((c) => c.metric === metric && fromArticle(c.evidence, prefix));
const events = (predicate: (event: TalksEvent) => boolean) => bundle.events.filter(predicate);

describe('claims', () => {
  it.each([
    ['killed', 17200],
    ['tanks', 597],
    ['armoured-vehicles', 1710],
    ['aircraft', 127],
    ['helicopters', 129],
    ['ships', 7],
  ] as const)('the Ukrainian army claims %s: %d, about Russia, unverified', (metric, value) => {
    const [found] = claim('000', metric);
    expect(found).toMatchObject({ value, valueHigh: null, claimant: 'ukraine', subject: 'russia', verification: 'unverified' });
    expect(found!.date).toBe('2022-03-29');
    expect(found!.verificationEvidence?.quote).toContain('neither of these claims have been independently verified');
  });

  it('the UN figure: more than 2 million displaced, claimed by the United Nations', () => {
    // "in what the United Nations calls …" makes the UN the claimant; the text does not say the UN
    // verified or documented the figure, so its status is unknown, not independent.
    const [found] = claim('004', 'displaced');
    expect(found).toMatchObject({ value: 2_000_000, qualifier: 'more than', claimant: 'united-nations', verification: 'unknown' });
  });

  it('finds no claim in money, years, ordinals, ages, durations or boilerplate', () => {
    const values = bundle.claims.map((c) => c.value);
    for (const never of [380_000_000, 1994, 2014, 17, 25, 30, 2024, 3]) expect(values).not.toContain(never);
    // Tariff rates and populations are not claims about the war.
    expect(bundle.claims.filter((c) => c.metric === 'tariff-percent' || c.metric === 'population')).toEqual([]);
  });
});

describe('events', () => {
  it('Lavrov and Kuleba meet in Antalya on 10 March 2022', () => {
    const found = events((e) => e.date === '2022-03-10' && e.place === 'Antalya');
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toEqual(expect.arrayContaining(['sergei-lavrov', 'dmytro-kuleba']));
    expect(['talks', 'meeting']).toContain(found[0]!.kind);
  });

  it('Istanbul talks resume on 29 March 2022 ("today")', () => {
    const [found] = events((e) => e.date === '2022-03-29' && e.kind === 'talks');
    expect(found).toMatchObject({ place: 'Istanbul', status: 'held' });
    expect(found!.participants).toEqual(expect.arrayContaining(['ukraine', 'russia']));
    expect(found!.dateBasis).toMatchObject({ kind: 'relative', phrase: 'today' });
  });

  it("European leaders' ultimatum at the weekend of 10–11 May 2025 and its 12 May deadline", () => {
    const [ultimatum] = events((e) => e.kind === 'ultimatum');
    expect(ultimatum).toMatchObject({ date: '2025-05-10', endDate: '2025-05-11' });
    expect(ultimatum!.participants).toEqual(['european-leaders', 'russia', 'ukraine']);
    const [deadline] = events((e) => e.kind === 'deadline');
    expect(deadline!.date).toBe('2025-05-12');
    expect(fromArticle(deadline!.evidence, '001') && fromArticle(deadline!.evidence, '003')).toBe(true);
  });

  it("Putin's late-night statement (11 May 2025) proposing talks in Istanbul the following Thursday", () => {
    const statement = events((e) => e.kind === 'statement' && e.date === '2025-05-11');
    expect(statement[0]).toMatchObject({ place: 'Moscow' });
    expect(statement[0]!.participants).toContain('vladimir-putin');
    const [proposed] = events((e) => e.kind === 'talks' && e.date === '2025-05-15' && e.place === 'Istanbul');
    expect(proposed).toMatchObject({ status: 'proposed' });
    expect(proposed!.dateBasis.phrase).toBe('the following Thursday');
  });

  it('NATO foreign ministers meet in Antalya from 14 to 15 May 2025', () => {
    const [found] = events((e) => e.participants.includes('nato') && e.kind === 'meeting');
    expect(found).toMatchObject({ date: '2025-05-14', endDate: '2025-05-15', place: 'Antalya' });
  });

  it('the EU agrees its 17th sanctions package on 14 May 2025', () => {
    const [found] = events((e) => e.kind === 'sanctions');
    expect(found).toMatchObject({ date: '2025-05-14', status: 'agreed' });
    expect(found!.participants[0]).toBe('european-union');
  });

  it('US envoys are due in Istanbul on Friday 16 May 2025', () => {
    const [found] = events((e) => e.date === '2025-05-16' && e.place === 'Istanbul');
    expect(found).toMatchObject({ status: 'planned' });
    expect(found!.participants).toContain('united-states');
  });

  it('the second Istanbul round on 2 June 2025 and its prisoner-exchange agreement', () => {
    const [round] = events((e) => e.date === '2025-06-02' && e.kind === 'talks');
    expect(round).toMatchObject({ place: 'Istanbul', status: 'held' });
    expect(round!.evidence.length).toBeGreaterThan(1);
    expect(round!.participants).toEqual(expect.arrayContaining(['ukraine', 'russia']));
    expect(round!.participants).not.toContain('european-union'); // only "monitoring" the talks
    const [exchange] = events((e) => e.kind === 'prisoner-exchange');
    expect(exchange).toMatchObject({ date: '2025-06-02', status: 'agreed', place: 'Istanbul' });
    expect(exchange!.participants).toEqual(['ukraine', 'russia']);
  });

  it('never dates anything by the banner date or from boilerplate', () => {
    const dates = bundle.events.flatMap((e) => [e.date, e.endDate]);
    expect(dates).not.toContain('2024-03-03');
    expect(JSON.stringify(bundle.events)).not.toMatch(/Football|£380m/);
  });
});

describe('quotes', () => {
  it.each([
    ['dmytro-kuleba', 'The minimum programme will be humanitarian questions'],
    ['recep-tayyip-erdogan', 'We believe that there will be no losers in a just peace'],
    ['mark-rutte', 'It is clear that Russia is sending only a lower level delegation'],
    ['mark-rutte', 'still cautiously optimistic'],
    ['andrii-sybiha', 'It is critical that Russia reciprocate'],
    ['andrii-sybiha', 'So far, it has not.'],
    ['volodymyr-zelensky', 'the sole remaining obstacle to peace'],
    ['donald-trump', 'potentially great day for Russia and Ukraine'],
    ['emmanuel-macron', 'first step, but not enough'],
    ['dmytro-kuleba', 'I will say frankly that my expectations of the talks are low'],
    ['marc-weller', 'The offer is hedged.'],
    ['mustafa-aydin', 'Russia is not yet close to entertaining peace'],
    ['andrey-kozyrev', 'signaling contempt for Washington'],
  ])('%s says "%s"', (speaker, words) => {
    expect(bundle.quotes.filter((q) => q.speaker === speaker).map((q) => q.text).join('\n')).toContain(words);
  });

  it("keeps Weller's quote over four paragraphs as one quote", () => {
    const [weller] = bundle.quotes.filter((q) => q.speaker === 'marc-weller');
    expect(weller!.text).toContain('the immense suffering of the population.');
  });

  it('drops scare quotes without a named speaker', () => {
    const texts = bundle.quotes.map((q) => q.text);
    for (const scare of ['boorish manner', 'experts.', 'long-lasting peace', 'occupiers']) expect(texts).not.toContain(scare);
  });

  it('commentary speakers stay commentary', () => {
    const voices = new Map(bundle.actors.map((a) => [a.id, a.voice]));
    expect(voices.get('marc-weller')).toBe('commentary');
    expect(voices.get('mustafa-aydin')).toBe('commentary');
  });
});

describe('positions', () => {
  const stance = (actor: string, topic: string, date?: string) =>
    bundle.positions.filter((p) => p.actor === actor && p.topic === topic && (!date || p.date.startsWith(date))).map((p) => p.stance);

  it('Ukraine in 2022 was willing to discuss neutrality and drop NATO plans; in 2025 kept NATO aspirations', () => {
    expect(stance('ukraine', 'ukraine-neutral', '2022')).toEqual(['for']);
    expect(stance('ukraine', 'ukraine-joins-nato', '2022')).toEqual(['against']);
    expect(stance('ukraine', 'ukraine-joins-nato', '2025')).toEqual(['for']);
  });

  it('covers the parties and topics of the talks', () => {
    const actors = new Set(bundle.positions.map((p) => p.actor));
    for (const actor of ['ukraine', 'russia', 'turkey', 'united-states', 'european-leaders']) expect(actors).toContain(actor);
    const topics = new Set(bundle.positions.map((p) => p.topic));
    for (const topic of ['ceasefire', 'ukraine-joins-nato', 'ukraine-neutral', 'russia-keeps-annexed-land', 'ukraine-1991-borders', 'sanctions-on-russia', 'prisoner-exchanges']) {
      expect(topics).toContain(topic);
    }
  });

  it.each([
    ['russia', 'ceasefire', 'against'],
    ['russia', 'direct-talks', 'for'],
    ['turkey', 'sanctions-on-russia', 'against'],
    ['russia', 'russia-keeps-annexed-land', 'for'],
    ['ukraine', 'ukraine-1991-borders', 'for'],
    ['turkey', 'ceasefire', 'for'],
    ['european-leaders', 'ceasefire', 'for'],
    ['ukraine', 'ceasefire', 'for'],
  ])('%s on %s: %s', (actor, topic, expected) => {
    expect(stance(actor, topic)).toContain(expected);
  });

  it("reads no position from the writer's guess at a party's hopes (the Kremlin's hoped-for sanctions relief)", () => {
    expect(stance('russia', 'sanctions-on-russia')).toEqual([]);
  });

  it('never gives analysts or outlets a position', () => {
    const commentary = new Set(bundle.actors.filter((a) => a.voice === 'commentary').map((a) => a.id));
    expect(bundle.positions.filter((p) => commentary.has(p.actor))).toEqual([]);
  });
});

describe('evidence', () => {
  it('every piece of evidence is an exact slice of its article, outside boilerplate', () => {
    const items = [...bundle.events, ...bundle.claims, ...bundle.quotes, ...bundle.positions];
    for (const item of items) {
      for (const evidence of item.evidence) {
        const { text, boilerplate } = article(evidence.articleId.slice(0, 3));
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        expect(boilerplate.some((range) => evidence.start < range.end && range.start < evidence.end)).toBe(false);
      }
    }
  });

  it('building twice gives the same bundle', () => {
    expect(JSON.stringify(buildBundle({ ...readInput(SEEDS), annotations: null }))).toBe(JSON.stringify(bundle));
  });
});
