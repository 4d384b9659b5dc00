// Phrases that must yield no claim, no event and no date: each one has fooled a number,
// date or event reader somewhere. Add to this list whenever a false item turns up.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extractors/index.ts';
import { resolveDates } from '../../src/pipeline/reading/dates.ts';
import { makeContext } from './extractors/make-context.ts';

const NO_CLAIM_NO_EVENT_NO_DATE = [
  'The index closed at 12.53%.',
  'The bloc agreed a 17th package.',
  'They discussed the 30-day ceasefire.',
  'Russia pledged never to use force against Ukraine in 1994.',
  'Delegations have held three rounds of talks.',
  'READ MORE: Xi loses patience with Putin as China pulls plug on £380m deal',
  'There were two in Belarus and one in Ukraine.',
  'Russia has sustained heavy losses so far in the month-long war.',
  'Following over an hour of back and forth, the ministry dropped the curtains.',
  'The talks are the first to be held in three weeks.',
  'It targets soldiers under the age of 25.',
  'It opposes its 2014 annexation of Crimea.',
  'Medinsky led the second round of negotiations.',
  'The 4 countries standing behind Russia.',
  'Prices rose for a second time.',
  'Russia said it had killed many soldiers in the past 24 hours.',
  'Drone output rose by 40% after the debate on tariffs.',
  "The soldiers' families gathered outside Russia's embassy.",
  'Prices were set at 1,000 roubles each.',
];

describe('negative cases', () => {
  it.each(NO_CLAIM_NO_EVENT_NO_DATE)('%s', (text) => {
    const items = extractArticle(makeContext(text, '2025-05-15'));
    expect(items.claims).toEqual([]);
    expect(items.events).toEqual([]);
    expect(resolveDates(text, '2025-05-15')).toEqual([]);
  });
});

/** Dated sentences that still hold no talks event. */
const NO_EVENT = [
  'The offer was met with scepticism in Kyiv on Monday.',
  'Speaking after a cabinet meeting in Ankara on Monday, the president said he was hopeful.',
  'ISTANBUL, June 3 (Reuters) - Delegations from both sides arrived in the city.',
  '"I told him about it again today," the minister said.',
  'The governor told journalists that as of 2 April the bridge was shut.',
  'The army launched a military operation in the region on Monday.',
  'The mayor spoke to The Associated Press on Monday about the shelling.',
  'The talks are the first to be held in three weeks.',
  'Russia launched 300 drones at Ukrainian cities overnight on Sunday.',
  'The rounds of shelling continued on Monday.',
  'Ukraine said last week was the deadliest of the year for civilians.',
];

describe('negative cases: no event', () => {
  it.each(NO_EVENT)('%s', (text) => {
    expect(extractArticle(makeContext(text, '2025-05-15')).events).toEqual([]);
  });
});

/** Dated sentences whose date is the day something was said: a statement, and no talks or meeting. */
const ONLY_A_STATEMENT = [
  'Dmitry Peskov said on Saturday that a meeting between the leaders was possible.',
  'Sergei Lavrov told reporters on Tuesday that talks could resume in Geneva.',
];

describe('negative cases: only a statement', () => {
  it.each(ONLY_A_STATEMENT)('%s', (text) => {
    expect(extractArticle(makeContext(text, '2025-05-15')).events.map((e) => e.kind)).toEqual(['statement']);
  });
});
