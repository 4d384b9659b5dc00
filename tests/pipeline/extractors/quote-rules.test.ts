// Each quote rule on a passage written the way news copy names speakers, with the rule
// recorded on the quote. Texts are made up; names are the gazetteer's or invented.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/pipeline/extractors/quotes.ts';
import { findQuotedPassages } from '../../../src/pipeline/reading/quote-marks.ts';
import { rulesOf } from '../../../src/pipeline/trace.ts';
import { makeContext } from './make-context.ts';

const quotesOf = (text: string) => extractQuotes(makeContext(text, '2025-05-15')).map((q) => [q.speaker, q.text, rulesOf(q)[0]]);

describe(extractQuotes, () => {
  it.each([
    [
      'he, before anyone is named, is the person the next sentence names as speaking',
      'Army bulletin: heavy fighting in the east\n\n"Two of their units lost half their men in a day," he noted, an agency reported.\n\nThe army has destroyed 40 drones since Monday, Maria Zakharova stated.',
      ['maria-zakharova', 'Two of their units lost half their men in a day', 'quote/pronoun-ahead'],
    ],
    [
      'an adviser to a president, named in an aside, is the speaker, not the president',
      'Later an adviser to Ukraine\'s president, Mykhailo Podoliak, wrote that guarantors must be "bound by treaty to act".',
      ['mykhailo-podoliak', 'bound by treaty to act', 'quote/said-before'],
    ],
    [
      'a full name right after the quote, as the subject of "told"',
      '"We have confirmed every one of these cases," Ingrid Halvorsen told a briefing in Geneva on Tuesday.',
      ['ingrid-halvorsen', 'We have confirmed every one of these cases', 'quote/said-after'],
    ],
    [
      'a reply introduced by the speaker and a colon',
      'Asked when the next round would be, Maria Zakharova replied: "We will say in good time."',
      ['maria-zakharova', 'We will say in good time.', 'quote/said-before'],
    ],
    [
      'an unnamed reporter is nobody named, not the country of the adjective',
      '"The room was cold and nobody shook hands," a Ukrainian reporter said.',
      ['unattributed', 'The room was cold and nobody shook hands', 'quote/no-speaker'],
    ],
    [
      'the head of a delegation, after the quote',
      'Galina Orlova, head of the Russian delegation, spoke after Pavel Sedov. "We have a text to work from," the head of the Russian delegation stated.',
      ['galina-orlova', 'We have a text to work from', 'quote/delegation-head'],
    ],
    [
      'points listed under a line that names who made them',
      'Galina Orlova, the envoy, set out the outcome:\n\n→ the two sides will "write down their terms in full";\n\n• a second round "is possible within weeks".',
      ['galina-orlova', 'is possible within weeks', 'quote/listed-under-lead'],
    ],
    [
      'speaker after the quote, no comma',
      '"We reject the plan. It changes nothing." Sergei Lavrov said at a briefing.',
      ['sergei-lavrov', 'We reject the plan. It changes nothing.', 'quote/said-next-sentence'],
    ],
    [
      'quoted X as saying',
      'Hakan Fidan arrived. “The hall is ready,” a local agency quoted Fidan as saying.',
      ['hakan-fidan', 'The hall is ready', 'quote/said-after'],
    ],
    [
      'he continued',
      'Dmitry Peskov spoke first. “Nothing is agreed yet,” he continued.',
      ['dmitry-peskov', 'Nothing is agreed yet', 'quote/after-verb'],
    ],
    [
      'his statement said',
      'Sergei Lavrov wrote to the hosts. "We thank our hosts for the warm welcome," his statement on the website said.',
      ['sergei-lavrov', 'We thank our hosts for the warm welcome', 'quote/after-verb'],
    ],
    [
      'Quote from X:',
      'UN envoy Clara Voss visited the site.\nQuote from Voss: "The shelters are full and more people arrive every hour."',
      ['clara-voss', 'The shelters are full and more people arrive every hour.', 'quote/lead-colon'],
    ],
    [
      'colon line and a dash before the quote',
      'Rustem Umerov described the offer as follows:\n-“We will study it with our partners.',
      ['rustem-umerov', 'We will study it with our partners.', 'quote/lead-colon'],
    ],
    [
      'a standalone quote after a sentence in which someone spoke',
      'Rustem Umerov said Kyiv would attend. "We want this war to end."',
      ['rustem-umerov', 'We want this war to end.', 'quote/lead-sentence'],
    ],
    [
      'the subject of a verb of stance',
      'Sergei Lavrov accused the West of stoking "a new arms race" in Europe.',
      ['sergei-lavrov', 'a new arms race', 'quote/sentence-subject'],
    ],
    [
      'a pronoun speaker several sentences on, past another "he said"',
      'Hakan Fidan opened the meeting. "Both sides came," he said, adding:\nThe next round is planned.\nHe added that Ankara would "keep the door open for everyone".',
      ['hakan-fidan', 'keep the door open for everyone', 'quote/said-before'],
    ],
    [
      'a bare "Quote:" line under a "Source:" line',
      'Source: Major Ivan Dorosh, a spokesman for the border guards.\nQuote: "The crossing was closed for four hours last night."',
      ['ivan-dorosh', 'The crossing was closed for four hours last night.', 'quote/lead-colon'],
    ],
    [
      'an unknown name after an inverted "said"',
      '"The next round will be in June," said Petra Lindqvist, a delegate.',
      ['petra-lindqvist', 'The next round will be in June', 'quote/said-after'],
    ],
  ])('%s', (_, text, expected) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });

  it('gives every passage of a long sentence to the speaker named at its end', () => {
    const text = 'The agency is "deeply alarmed" by the "rising number of attacks on clinics" in the east, as well as by reports of detentions in three towns, UN envoy Clara Voss said.';
    expect(quotesOf(text).map(([speaker, words]) => [speaker, words])).toEqual([
      ['clara-voss', 'deeply alarmed'],
      ['clara-voss', 'rising number of attacks on clinics'],
    ]);
  });

  it('gives a second passage in the sentence to the first one\'s speaker', () => {
    const text = 'Dmitry Peskov spoke. Mr. Peskov said Moscow would "slow down" its operations to "build trust before the next round."';
    expect(quotesOf(text).map(([speaker]) => speaker)).toEqual(['dmitry-peskov', 'dmitry-peskov']);
  });

  it('never takes the speaker from a name inside the quote', () => {
    const text = 'Recep Tayyip Erdogan spoke. "I want Vladimir Putin and Donald Trump here," he said.\nHe added that "we can host them all."';
    expect(quotesOf(text).map(([speaker]) => speaker)).toEqual(['recep-tayyip-erdogan', 'recep-tayyip-erdogan']);
  });

  it('gives "the minister said" to the last person named whose role fits, and to no one when none does', () => {
    const text = 'Dmitry Peskov spoke briefly, then Hakan Fidan took questions. "Both teams will meet again in June," the minister said.\n"The next round is set," the governor added.';
    expect(quotesOf(text)).toEqual([
      ['hakan-fidan', 'Both teams will meet again in June', 'quote/role-noun'],
      ['unattributed', 'The next round is set', 'quote/no-speaker'],
    ]);
  });

  it('never gives a quote to the outlet that reported it', () => {
    const text = '"The enemy retreated from two villages," he noted, TASS reported.';
    expect(quotesOf(text).map(([speaker]) => speaker)).not.toContain('tass');
  });

  it('keeps a one- or two-word scare quote only when a person said it', () => {
    expect(quotesOf('The Ukrainian army has said 300 "invaders" were stopped.')).toEqual([]);
    expect(quotesOf('Dmitry Peskov called the plan "unacceptable".')).toEqual([['dmitry-peskov', 'unacceptable', 'quote/said-before']]);
    expect(quotesOf('Heavy fighting with "massive explosions" is reported near the city.')).toEqual([]);
  });

  it('lets a short passage carry on only when it is a whole sentence', () => {
    const text = '“We asked for a corridor,” Dmytro Kuleba said. “Nothing came.”';
    expect(quotesOf(text).map(([speaker, words]) => [speaker, words])).toEqual([
      ['dmytro-kuleba', 'We asked for a corridor'],
      ['dmytro-kuleba', 'Nothing came.'],
    ]);
  });
});

describe(findQuotedPassages, () => {
  it('reads two single marks side by side as one double mark', () => {
    const text = 'They want Turkey ‘’firmly committed‘’ to it.';
    const [passage] = findQuotedPassages(text);
    expect(text.slice(passage!.pieces[0]!.start, passage!.pieces[0]!.end)).toBe('firmly committed');
  });
});
