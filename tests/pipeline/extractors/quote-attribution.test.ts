// Quote speakers in the phrasings wires use beyond "X said": single marks, "according to"
// with a nationality and title before the name, and an institution named only as "the ministry".
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/pipeline/extractors/quotes.ts';
import { findQuotedPassages } from '../../../src/pipeline/reading/quote-marks.ts';
import { makeContext } from './make-context.ts';

const quotesOf = (text: string) => extractQuotes(makeContext(text, '2025-05-15')).map((q) => [q.speaker, q.text]);

describe('single quotation marks', () => {
  it('reads a single-quoted quote with its speaker after or before it', () => {
    expect(quotesOf("'We see no grounds for optimism yet,' Dmitry Peskov told journalists.")).toEqual([
      ['dmitry-peskov', 'We see no grounds for optimism yet'],
    ]);
    expect(quotesOf('Sergei Lavrov said: ‘The ball is in Kyiv’s court.’')).toEqual([['sergei-lavrov', 'The ball is in Kyiv’s court.']]);
    expect(quotesOf("'Both delegations worked hard,' said Hakan Fidan.")).toEqual([['hakan-fidan', 'Both delegations worked hard']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuotedPassages("Russia's army and Ukraine's navy; the soldiers' families waited.")).toEqual([]);
    expect(findQuotedPassages("It was the '90s, said Rutte's aide.\nNo one's fault.")).toEqual([]);
    expect(quotesOf("Kyiv's delegation left, and Moscow's stayed, Rustem Umerov said.")).toEqual([]);
  });
});

describe('"according to" a titled person', () => {
  it('names the person, not the country of the adjective before the title', () => {
    expect(quotesOf('The meeting was "a useful first step", according to Turkish Foreign Minister Hakan Fidan.')).toEqual([
      ['hakan-fidan', 'a useful first step'],
    ]);
    expect(quotesOf('Any deal must reflect "the realities on the ground", according to Russian President Vladimir Putin.')).toEqual([
      ['vladimir-putin', 'the realities on the ground'],
    ]);
  });
});

describe('"the ministry said" after a quote', () => {
  it('gives the quote to the country whose ministry was named before', () => {
    const text = 'Russia\'s defence ministry reported strikes on two depots. "All targets were hit," the ministry said.';
    expect(quotesOf(text)).toEqual([['russia', 'All targets were hit']]);
    const army = 'Volodymyr Zelensky spoke in Kyiv. The Ukrainian army described heavy fighting near the border. "The line is holding," the army added.';
    expect(quotesOf(army)).toEqual([['ukraine', 'The line is holding']]);
  });
});

describe('"was quoted as saying"', () => {
  it('gives the quote to the person named before the phrase', () => {
    const text = 'Volodymyr Zelensky spoke in Kyiv. "Nobody told us in advance," Dmitry Peskov was quoted as saying by state media.';
    expect(quotesOf(text)).toEqual([['dmitry-peskov', 'Nobody told us in advance']]);
    expect(quotesOf('"We will keep talking," Hakan Fidan was quoted as saying.')).toEqual([['hakan-fidan', 'We will keep talking']]);
  });
});
