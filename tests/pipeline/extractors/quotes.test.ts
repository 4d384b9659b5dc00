import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/pipeline/extractors/quotes.ts';
import { makeContext } from './make-context.ts';

const quotesOf = (text: string) => extractQuotes(makeContext(text, '2025-05-15')).map((q) => [q.speaker, q.text]);

describe(extractQuotes, () => {
  it('finds the speaker after the quote, before it, and inverted', () => {
    expect(quotesOf('“We are ready for talks,” Sergei Lavrov told reporters.')).toEqual([['sergei-lavrov', 'We are ready for talks']]);
    expect(quotesOf('Donald Trump wrote: "This war must end now."')).toEqual([['donald-trump', 'This war must end now.']]);
    expect(quotesOf('"The door is open," said Recep Tayyip Erdogan.')).toEqual([['recep-tayyip-erdogan', 'The door is open']]);
  });

  it('resolves "he said" to the person who spoke just before', () => {
    const text = 'Emmanuel Macron said Europe would not wait. He said: “We have given Russia enough time.”';
    expect(quotesOf(text)).toEqual([['emmanuel-macron', 'We have given Russia enough time.']]);
  });

  it('skips a parenthetical when looking for the subject', () => {
    const text = 'Recep Tayyip Erdogan, who spoke to Vladimir Putin last week, told the delegations that peace was “within reach of both sides”.';
    expect(quotesOf(text)).toEqual([['recep-tayyip-erdogan', 'within reach of both sides']]);
  });

  it('keeps a quote that reopens each paragraph as one quote', () => {
    const text = 'Mark Rutte said: “The first paragraph.\n\n“The second paragraph.\n\n“The last one.”';
    expect(quotesOf(text)).toEqual([['mark-rutte', 'The first paragraph. The second paragraph. The last one.']]);
  });

  it('carries the speaker to the next quote that opens a sentence', () => {
    const text = '“It is critical,” Andrii Sybiha posted to X. “So far, it has not.”';
    expect(quotesOf(text)).toEqual([
      ['andrii-sybiha', 'It is critical'],
      ['andrii-sybiha', 'So far, it has not.'],
    ]);
  });

  it('drops quotes and scare quotes with no named speaker', () => {
    expect(quotesOf('Officials spoke of a “boorish manner” in the talks.')).toEqual([]);
    expect(quotesOf('“Nothing will change,” a diplomat said.')).toEqual([]);
  });

  it('gives evidence that is exactly the quoted words', () => {
    const text = '“We are ready for talks,” Sergei Lavrov told reporters.';
    const [quote] = extractQuotes(makeContext(text));
    expect(text.slice(quote!.evidence[0]!.start, quote!.evidence[0]!.end)).toBe('We are ready for talks,');
  });

  it('does not take the speaker from the next sentence', () => {
    const text = 'Marco Rubio said the ball was now "in Russia\'s court". Donald Trump said he hoped for a deal.';
    expect(quotesOf(text)).toEqual([['marco-rubio', "in Russia's court"]]);
  });

  it('finds the speaker after "said" and a title', () => {
    expect(quotesOf('“We will not give up our land,” said Ukraine’s foreign minister, Andrii Sybiha.')).toEqual([
      ['andrii-sybiha', 'We will not give up our land'],
    ]);
  });

  it('does not hand "he said" to someone merely named when the last speaker is unknown', () => {
    expect(quotesOf('An aide said Vladimir Putin was open to talks. He added: “Nothing is decided.”')).toEqual([['unattributed', 'Nothing is decided.']]);
  });

  it('takes the speaker from a line ending in a colon just before the quote', () => {
    expect(quotesOf('Volodymyr Zelensky wrote on X:\n\n“We are ready for a ceasefire.”')).toEqual([
      ['volodymyr-zelensky', 'We are ready for a ceasefire.'],
    ]);
  });
});
