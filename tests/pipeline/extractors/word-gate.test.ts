// A word gate lets a sentence skip the patterns it cannot match. It must never skip one
// that would match: for the event cues and the position topics, whatever the text, every
// pattern with a match is among those the gate lets through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/pipeline/language/en/index.ts';
import { chronoFor } from '../../../src/pipeline/reading/chrono-gate.ts';
import { GateWords, mayMatch, prefixTree, WordGate } from '../../../src/pipeline/reading/word-gate.ts';
import { rulesIn } from '../../../src/pipeline/extractors/events/index.ts';
import { seedSentences } from './seed-sentences.ts';

const PIECES = [
  ' ', '. ', ', ', 'the ', 'The ', 'a ', 'next ', 'second ', 'ROUND ', 'rounds ', 'round of talks ', 'Peace Talks ', 'negotiations ', 'parley ',
  'peace conference ', 'met ', 'MET ', 'meets ', 'meeting ', 'was met with criticism ', 'press meeting ', 'summit ', 'gathering ', 'visited ',
  'travelled to ', 'trip to ', 'statement ', 'Decree ', 'announced ', 'address ', 'declaration ', 'phone call ', 'in a call ', 'phoned ',
  'signed ', 'agreement ', 'deal ', 'ultimatum ', 'threatened to impose ', 'tariffs ', 'gave Moscow ', '50 ', 'days ', 'no deal ', 'within ',
  'deadline ', 'prisoners ', 'POWs ', 'exchange ', 'swap of ', 'swapped ', 'of all wounded ', '1,200 ', 'soldiers ', 'were freed ', 'came home ',
  'went home ', 'returned home ', 'released 75 wounded soldiers ', 'returned a batch of captives ', 'more are due to be freed ',
  'phase of the swap ', 'detainee swap ', 'spoke to Vladimir Putin ', 'spoke with reporters ', 'video call ', 'were released ', 'were returned ', 'were swapped ', 'call with ', 'telephone call ', 'spoke by phone ',
  'sanctions ', 'package of sanctions ', 'adopted ', 'home ', 'power ', 'something ', 'Kremlin ', 'Ukraine ', 'Putin ', 'Zelenskyy ',
  'ceasefire ', 'cease-fire ', 'truce ', 'halt to the fighting ', 'NATO ', 'Nato’s eastward expansion ', 'joining ', 'membership ', 'of ',
  'neutral status ', 'territorial integrity ', 'annexed ', 'Crimea ', 'occupied regions ', 'withdraw its troops ', 'security guarantees ',
  'military aid ', 'weapons deliveries ', 'arms supplies ', 'sending ', 'more ', 'Patriot ', 'prisoners of war ', 'humanitarian ',
  'one-on-one meeting ', 'meet with President ', 'leaders’ summit ', 'demilitarization ', 'disarmament ', 'direct talks ', 'talks with ',
  'contacts with ', 'continue the negotiations ', 'negotiation channel ', 'resume previously interrupted talks ', 'continued dialogue ',
  'mediation ', 'hosting the next round ', 'peacekeepers ', 'Ｋ', 'ſ', 'İ',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

const FAMILIES = {
  'event cues': english.events.CUE_PATTERNS.map(([kind, pattern, words]) => ({ name: kind, pattern, words })),
  'position topics': english.positions.TOPICS.map(([topic, pattern, words]) => ({ name: topic, pattern, words })),
};

/** A phrase for every alternative of every pattern: random text rarely builds the longer ones. */
const EXAMPLES: Record<string, Record<string, string[]>> = {
  'event cues': {
    ultimatum: ['an ultimatum', 'threatened to impose tariffs', 'would soon impose sanctions', 'gave Moscow 50 days', 'no deal within 50 days', 'fails to agree on a truce in 10 days'],
    deadline: ['the DEADLINE'],
    'prisoner-exchange': [
      'a prisoner swap', 'POWs (all of them) exchanges', 'exchanged 90 prisoners', 'swap of all wounded soldiers', '1,200 soldiers were freed',
      '300 Ukrainians were released', '20 captives were returned', '7 servicemen were swapped', '40 civilians returned home', '12 POWs came home', '5 Russians went home',
      'a detainee exchange', 'both released 75 wounded soldiers', 'brought back a batch of captives', 'freed 90 POWs',
      'others are set to be swapped', 'the last part of the exchange', 'the second phase of the prisoner swap',
    ],
    sanctions: ['a sanctions package', 'package of sanctions', 'new sanctions'],
    talks: ['peace talks', 'negotiations', 'round of talks', 'a parley', 'peace conference', 'the next round', 'the second Istanbul rounds'],
    meeting: ['to meet', 'meets', 'they met', 'meeting', 'meetings', 'summit', 'gathering', 'visits', 'visited', 'travelled to', 'travels to', 'trip to'],
    statement: ['statement', 'decree', 'announcement', 'announced', 'address', 'declaration'],
    call: [
      'phone call', 'Telephone call', 'a video call', 'in a call', 'call with', 'spoke by phone', 'phoned', 'held a call', 'spoke to Vladimir Putin',
      'talked with President Macron',
    ],
    other: ['signed the agreement', 'signing a memorandum'],
  },
  'position topics': {
    ceasefire: ['ceasefires', 'cease-fire', 'truce', 'halt to the fighting', 'halt the fighting'],
    'ukraine-joins-nato': ['NATO membership', 'Nato aspirations', 'NATO’s eastward expansion', 'joining the NATO', 'membership in Nato'],
    'ukraine-neutral': ['neutrality', 'neutral status', 'neutral position', 'neutral'],
    'ukraine-1991-borders': ['territorial integrity', '1991 borders', 'internationally recognised borders', 'de-occupation', 'return of occupied territories', 'withdrawal of Russian troops', 'withdraw Russia’s forces'],
    'russia-keeps-annexed-land': ['territory', 'territories', 'annexation', 'annexed', 'Crimea', 'occupied regions', 'regions Moscow claims', 'withdraw Ukrainian troops', 'withdrawal of Kyiv’s forces'],
    'security-guarantees': ['security guarantees'],
    'military-aid': ['military aid', 'weapons deliveries', 'arms supplies', 'delivering more weapons', 'supply tanks', 'sending Patriot', 'send air defence'],
    'humanitarian-measures': ['humanitarian corridor', 'humanitarian aid', 'evacuation of civilians'],
    'leaders-meeting': ['one-on-one meeting', 'meet with President Putin', 'meeting between the two leaders', 'leaders’ summit', 'leaders meeting', 'meeting at the level of heads of state'],
    demilitarisation: ['demilitarization', 'demilitarisation', 'disarmament'],
    'direct-talks': [
      'direct talks', 'direct dialogue', 'direct negotiations', 'peace talks with Kyiv', 'negotiations with Moscow', 'contacts with Washington',
      'continue the negotiations', 'negotiation channel', 'meet for talks', 'resume previously interrupted talks', 'continued dialogue',
    ],
    mediation: ['mediate', 'mediation', 'mediating', 'hosting the next round', 'host talks'],
    'sanctions-on-russia': ['sanctions', 'sanctioning'],
    'prisoner-exchanges': ['prisoner exchange', 'prisoners swap', 'swap of 90 prisoners', 'exchange of all wounded prisoners', 'exchanging bodies and prisoners', 'prisoners of war', 'POWs', 'all-for-all'],
    peacekeepers: ['peacekeepers'],
  },
};

describe.each(Object.entries(FAMILIES))('the gate for %s', (family, patterns) => {
  const gate = new WordGate(patterns.map(({ words }) => words));
  /** The names of the patterns that match `text` but that the gate would skip. */
  const skippedMatches = (text: string) =>
    patterns.filter(({ pattern }, index) => new RegExp(pattern.source, pattern.flags).test(text) && !mayMatch(gate.patternsIn(text), index)).map(({ name }) => name);

  it('never skips a pattern that matches, on news-like or arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 200 })), (text) => {
        expect(skippedMatches(text)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets each pattern through on an example of each of its alternatives', () => {
    for (const { name, pattern } of patterns) {
      const examples = EXAMPLES[family]?.[name];
      expect(examples, `examples for ${name}`).toBeDefined();
      for (const example of examples ?? []) {
        expect(new RegExp(pattern.source, pattern.flags).test(example), `${name} matches "${example}"`).toBe(true);
        expect(skippedMatches(example), example).toEqual([]);
      }
    }
  });

  it('never skips a pattern that matches a seed sentence', () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.flatMap(skippedMatches)).toEqual([]);
  });
});

describe(WordGate, () => {
  const gate = new WordGate([['talks', 'round'], ['meet', 'met'], ['meet']]);

  it('lets through the patterns whose words a text holds, in any case and inside longer words', () => {
    const possible = gate.patternsIn('The TALKS were held after a Meeting.');
    expect([0, 1, 2].map((index) => mayMatch(possible, index))).toEqual([true, true, true]);
    const onlyMet = gate.patternsIn('They met in Geneva; something happened.');
    expect([0, 1, 2].map((index) => mayMatch(onlyMet, index))).toEqual([false, true, false]);
    expect(gate.patternsIn('Nothing of the kind.')).toBe(0);
  });

  it('sees words that overlap in the text', () => {
    // "roundtalks": the second word starts inside the first find.
    expect(mayMatch(new WordGate([['roundt'], ['dtalk']]).patternsIn('roundtalks'), 1)).toBe(true);
  });

  it('refuses words it could miss, and more patterns than bits', () => {
    expect(() => new WordGate([['meet'], ['meeting']])).toThrow(/"meet" starts another word/);
    expect(() => new WordGate([['Talks']])).toThrow(/lower-case/);
    expect(() => new WordGate(Array.from({ length: 32 }, () => ['talks']))).toThrow(/at most 31/);
  });
});

describe(GateWords, () => {
  // Words of one gate that start words of another: the shared pass must still give each its own.
  const nested = [new WordGate([['mon'], ['day']]), new WordGate([['month'], ['ly']]), new WordGate([['monthly', 'days']])];
  const pieces = fc.constantFrom('mon', 'MONTH', 'th', 'ly', 'monthly', 'days', 'Day', ' ', 'x', 'ſ', 'İ', 'Ｋ');
  const nestedText = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('answers every gate as its own pass over the text does', () => {
    const gates = [english.events.CUE_GATE, english.positions.TOPIC_GATE, ...nested];
    fc.assert(
      fc.property(fc.oneof(newsLike, nestedText, fc.string({ maxLength: 200 })), (text) => {
        const words = new GateWords(text);
        expect(gates.map((gate) => gate.patternsIn(words))).toEqual(gates.map((gate) => gate.patternsIn(text)));
        expect(rulesIn(words)).toBe(rulesIn(text));
        expect(chronoFor(text, words)).toBe(chronoFor(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers a gate made after the text was read', () => {
    const words = new GateWords('They met on Monday.');
    words.answers();
    expect(mayMatch(new WordGate([['monday']]).patternsIn(words), 0)).toBe(true);
  });
});

describe(prefixTree, () => {
  it('factors out shared beginnings and finds what the plain alternation finds', () => {
    expect(prefixTree(['deadline', 'decree', 'declaration', 'days', 'met'])).toBe('(?:d(?:e(?:adline|c(?:ree|laration))|ays)|met)');
    const words = english.events.CUE_PATTERNS.flatMap(([, , list]) => list);
    const finds = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'gi'))].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(newsLike, (text) => {
        expect(finds(prefixTree(words), text)).toEqual(finds(words.join('|'), text));
      }),
      { numRuns: 500 },
    );
  });
});
