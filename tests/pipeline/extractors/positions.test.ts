import { describe, expect, it } from 'vitest';
import { extractPositions } from '../../../src/pipeline/extractors/positions.ts';
import { PROPOSITIONS } from '../../../src/schema/propositions.ts';
import { makeContext } from './make-context.ts';

const positionsOf = (text: string, publishedAt = '2025-05-15') =>
  extractPositions(makeContext(text, publishedAt)).map((p) => [p.actor, p.topic, p.stance]);

describe(extractPositions, () => {
  it.each([
    ['Ukraine seeks a full ceasefire.', [['ukraine', 'ceasefire', 'for']]],
    ['Moscow rejected the truce.', [['russia', 'ceasefire', 'against']]],
    ['Hungary opposes new sanctions on Russia.', [['hungary', 'sanctions-on-russia', 'against']]],
    ['Vladimir Putin demands that Kyiv drop its plans to join NATO.', [['russia', 'ukraine-joins-nato', 'against']]],
    ['Türkiye is ready to host a prisoner swap if both sides agree.', [['turkey', 'prisoner-exchanges', 'conditional']]],
    ['Volodymyr Zelensky said he was willing to discuss neutrality.', [['ukraine', 'ukraine-neutral', 'for']]],
    ['The Kremlin wants swift sanctions relief.', [['russia', 'sanctions-on-russia', 'against']]],
  ])('%s', (text, expected) => {
    expect(positionsOf(text)).toEqual(expected);
  });

  it('only emits proposition ids', () => {
    const ids = new Set<string>(PROPOSITIONS.map((p) => p.id));
    const text =
      'Moscow demanded recognition of the annexation of Crimea. Kyiv insists on its territorial integrity. ' +
      'Ukraine wants security guarantees and supports a prisoner exchange. Russia called for direct talks with Kyiv.';
    const topics = positionsOf(text).map(([, topic]) => topic);
    expect(topics.length).toBeGreaterThan(3);
    for (const topic of topics) expect(ids).toContain(topic);
  });

  it('splits territory into two propositions, so "for" means the same whoever says it', () => {
    expect(positionsOf('Moscow demanded recognition of the annexation of Crimea.')).toEqual([['russia', 'russia-keeps-annexed-land', 'for']]);
    expect(positionsOf('Kyiv insists on its territorial integrity.')).toEqual([['ukraine', 'ukraine-1991-borders', 'for']]);
    expect(positionsOf('Ukraine refuses to cede any territory.')).toEqual([['ukraine', 'russia-keeps-annexed-land', 'against']]);
    expect(positionsOf('The Kremlin demanded the withdrawal of Ukrainian forces from four regions.')).toEqual([
      ['russia', 'russia-keeps-annexed-land', 'for'],
    ]);
    expect(positionsOf('Ukraine demands the withdrawal of Russian troops.')).toEqual([['ukraine', 'ukraine-1991-borders', 'for']]);
    expect(positionsOf('“We want to liberate our territories,” Dmytro Kuleba said.')).toEqual([['ukraine', 'ukraine-1991-borders', 'for']]);
  });

  describe('the party that holds a position', () => {
    it("files a refusal reported by the other side under the side that refused", () => {
      expect(positionsOf("Ukraine's defence minister Rustem Umerov said Russia had rejected a full ceasefire.")).toEqual([
        ['russia', 'ceasefire', 'against'],
      ]);
      expect(positionsOf('“The Russians rejected an unconditional truce,” Zelensky said.')).toEqual([['russia', 'ceasefire', 'against']]);
    });

    it("gives a quote's words to its speaker's side when the quote names no other subject", () => {
      expect(positionsOf('“We are interested in a ceasefire,” Dmytro Kuleba said.')).toEqual([['ukraine', 'ceasefire', 'for']]);
    });

    it('gives no position to analysts, even when they are quoted or report one', () => {
      expect(positionsOf('“Ukraine wants a ceasefire,” said Marc Weller.')).toEqual([]);
      expect(positionsOf('Marc Weller said Moscow wants sanctions relief above all.')).toEqual([]);
      expect(positionsOf('Analysts say the Kremlin wants an easing of sanctions.')).toEqual([]);
    });

    it("reads the writer's guess at a party's aims as no position", () => {
      expect(positionsOf('Moscow is hoping for sanctions relief.')).toEqual([]);
      expect(positionsOf('The Kremlin is likely hoping for an easing of sanctions.')).toEqual([]);
      expect(positionsOf('Kyiv appears ready to accept a truce.')).toEqual([]);
      expect(positionsOf('Moscow is believed to want a ceasefire on its own terms.')).toEqual([]);
      expect(positionsOf('The Kremlin courts Washington, hoping that closer ties bring an easing of sanctions.')).toEqual([]);
    });

    it('records the person who spoke for the party', () => {
      const [position] = extractPositions(makeContext('Vladimir Putin rejected calls for a ceasefire.'));
      expect(position).toMatchObject({ actor: 'russia', speaker: 'vladimir-putin', stance: 'against' });
      const [quoted] = extractPositions(makeContext('“We are interested in a ceasefire,” Dmytro Kuleba said.'));
      expect(quoted).toMatchObject({ actor: 'ukraine', speaker: 'dmytro-kuleba' });
    });
  });

  describe('what a sentence says about the ceasefire', () => {
    it('does not read a short or local pause offered while refusing a ceasefire as support for one', () => {
      expect(positionsOf('Moscow offered a two-day truce in some areas to collect the dead.')).toEqual([]);
      expect(positionsOf('The Kremlin proposed a 30-hour Easter truce.')).toEqual([]);
      expect(positionsOf('Russia rejected a full ceasefire but offered a three-day truce.')).toEqual([['russia', 'ceasefire', 'against']]);
    });

    it('reads a refusal of a call for a ceasefire as against it', () => {
      expect(positionsOf('Russia rejected calls for a ceasefire.')).toEqual([['russia', 'ceasefire', 'against']]);
      expect(positionsOf("Moscow rejected Washington's ultimatum to agree to a ceasefire.")).toEqual([['russia', 'ceasefire', 'against']]);
    });

    it('keeps negations: not wanting something is being against it', () => {
      expect(positionsOf('The Kremlin does not want a ceasefire.')).toEqual([['russia', 'ceasefire', 'against']]);
      expect(positionsOf('Kyiv is not ready to discuss neutrality.')).toEqual([['ukraine', 'ukraine-neutral', 'against']]);
    });

    it('reads a demand made before agreeing as a condition', () => {
      expect(positionsOf('Russia will accept a ceasefire only after Ukraine withdraws from four regions.')).toEqual([['russia', 'ceasefire', 'conditional']]);
    });

    it('reads one refusal of two propositions as against both', () => {
      expect(positionsOf("Russia rejected a full, unconditional ceasefire and a leaders' meeting.")).toEqual([
        ['russia', 'ceasefire', 'against'],
        ['russia', 'leaders-meeting', 'against'],
      ]);
    });
  });

  it('gives a joint decision to each party that took it', () => {
    expect(positionsOf('Russia and Ukraine agreed to one more prisoner swap.')).toEqual([
      ['ukraine', 'prisoner-exchanges', 'for'],
      ['russia', 'prisoner-exchanges', 'for'],
    ]);
  });

  it('keeps two verbs of one sentence apart', () => {
    expect(positionsOf('Kyiv rejects a forced neutrality and reaffirms its right to NATO membership.')).toEqual([
      ['ukraine', 'ukraine-joins-nato', 'for'],
      ['ukraine', 'ukraine-neutral', 'against'],
    ]);
    // "end of the month" is a date, not the end of anything; a participle clause is not the cue's object.
    expect(positionsOf('Kyiv proposed a summit by the end of the month, signalling openness to a truce.')).toEqual([]);
  });

  it('reads a demand made before agreeing to a ceasefire as a conditional ceasefire', () => {
    expect(positionsOf('Moscow demanded the withdrawal of Ukrainian forces from four regions before agreeing to any ceasefire.')).toEqual([
      ['russia', 'ceasefire', 'conditional'],
      ['russia', 'russia-keeps-annexed-land', 'for'],
    ]);
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
    expect(positionsOf('Russia said it would reduce operations, as Kyiv proposed a neutral status.')).toEqual([['ukraine', 'ukraine-neutral', 'for']]);
  });

  it('takes the name right before the cue as its subject, even in a headline', () => {
    expect(positionsOf('Ukraine war: Kremlin rejects European ceasefire call')).toEqual([['russia', 'ceasefire', 'against']]);
    expect(positionsOf('Germany pledged to deliver four more Patriot systems.')).toEqual([['germany', 'military-aid', 'for']]);
  });

  it('reads keeping talks going, and a call to accept talks, as for direct talks', () => {
    expect(positionsOf('The envoy said Moscow is ready to continue contacts with Kyiv.')).toEqual([['russia', 'direct-talks', 'for']]);
    expect(positionsOf('Zelensky again urged Russia to accept serious talks.')).toEqual([['ukraine', 'direct-talks', 'for']]);
  });

  it('gives a sentence opening with "It" to the subject of the sentence before', () => {
    expect(positionsOf("Moscow's draft demanded a pull-back. It also ruled out Ukrainian membership of NATO.")).toEqual([['russia', 'ukraine-joins-nato', 'against']]);
  });
});

