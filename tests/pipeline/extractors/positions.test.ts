import { describe, expect, it } from 'vitest';
import { extractPositions } from '../../../src/pipeline/extractors/positions.ts';
import { makeContext } from './make-context.ts';

const positionsOf = (text: string, publishedAt = '2025-05-15') =>
  extractPositions(makeContext(text, publishedAt)).map((p) => [p.actor, p.topic, p.stance]);

describe(extractPositions, () => {
  it.each([
    ['Ukraine seeks a full ceasefire.', [['ukraine', 'ceasefire', 'for']]],
    ['Moscow rejected the truce.', [['russia', 'ceasefire', 'against']]],
    ['Hungary opposes new sanctions on Russia.', [['hungary', 'sanctions', 'against']]],
    ['Vladimir Putin demands that Kyiv drop its plans to join NATO.', [['russia', 'nato-membership', 'against']]],
    ['Türkiye is ready to host a prisoner swap if both sides agree.', [['turkey', 'prisoner-exchange', 'conditional']]],
    ['Volodymyr Zelensky said he was willing to discuss neutrality.', [['ukraine', 'neutrality', 'for']]],
    ['The Kremlin wants swift sanctions relief.', [['russia', 'sanctions', 'against']]],
  ])('%s', (text, expected) => {
    expect(positionsOf(text)).toEqual(expected);
  });

  it('gives a quote\'s words to its speaker\'s side', () => {
    expect(positionsOf('“We are interested in a ceasefire,” Dmytro Kuleba said.')).toEqual([['ukraine', 'ceasefire', 'for']]);
  });

  it('gives no position to analysts, even when they are quoted', () => {
    expect(positionsOf('“Ukraine wants a ceasefire,” said Marc Weller.')).toEqual([]);
  });

  it('reads no position from negated, hedged or hypothetical cues', () => {
    expect(positionsOf('Donald Trump did not back the proposed ceasefire.')).toEqual([]);
    expect(positionsOf('It was unclear whether Washington was ready to impose sanctions.')).toEqual([]);
  });

  it('dates a position by its statement and keeps a readable summary', () => {
    const [position] = extractPositions(makeContext('On Sunday, Ukraine called for an unconditional ceasefire.', '2025-05-15'));
    expect(position).toMatchObject({ date: '2025-05-11', summary: 'Ukraine: called for an unconditional ceasefire' });
  });

  it('reads a refusal with a condition as conditional, and skips topics inside the condition', () => {
    expect(positionsOf('Russia has said it will not accept a ceasefire unless Ukraine abandons its bid to join NATO.')).toEqual([
      ['russia', 'ceasefire', 'conditional'],
    ]);
  });

  it('takes the subject of the clause the cue is in', () => {
    expect(positionsOf('Russia said it would reduce operations, as Kyiv proposed a neutral status.')).toEqual([['ukraine', 'neutrality', 'for']]);
  });

  it('takes the name right before the cue as its subject, even in a headline', () => {
    expect(positionsOf('Ukraine war: Kremlin rejects European ceasefire call')).toEqual([['russia', 'ceasefire', 'against']]);
    expect(positionsOf('Germany pledged to deliver four more Patriot systems.')).toEqual([['germany', 'military-aid', 'for']]);
  });
});
