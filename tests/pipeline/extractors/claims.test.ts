import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extractors/claims.ts';
import { makeContext } from './make-context.ts';

const claimsOf = (text: string, publishedAt = '2025-05-15') => extractClaims(makeContext(text, publishedAt));

describe(extractClaims, () => {
  it('attributes a Russian figure to Russia and marks it unverified (a side in the war)', () => {
    const [claim] = claimsOf('The Russian defence ministry said on Tuesday that 1,250 Ukrainian soldiers were killed.');
    expect(claim).toMatchObject({ metric: 'killed', value: 1250, claimant: 'russia', subject: 'ukraine', verification: 'unverified' });
    expect(claim!.date).toBe('2025-05-13');
    expect(claim!.verificationEvidence).toBeNull();
  });

  it('points at the sentence that says a figure could not be verified', () => {
    const text = 'Ukraine said it had downed 25 drones overnight. Reuters could not independently verify the figures.';
    const [claim] = claimsOf(text);
    expect(claim).toMatchObject({ metric: 'drones', value: 25, claimant: 'ukraine', verification: 'unverified' });
    expect(claim!.verificationEvidence?.quote).toBe('Reuters could not independently verify the figures.');
  });

  it('reads "according to", and calls a UN figure independent only where the text says the UN checked it', () => {
    const [claim] = claimsOf('About 6.9 million refugees have fled abroad, according to the United Nations.');
    expect(claim).toMatchObject({ metric: 'refugees', value: 6_900_000, qualifier: 'about', claimant: 'united-nations', verification: 'unknown' });
    const [checked] = claimsOf('The UN says it has verified the deaths of 812 civilians in the region.');
    expect(checked).toMatchObject({ metric: 'killed', value: 812, claimant: 'united-nations', verification: 'independent' });
  });

  it('carries "the army also claimed" back to the last claimant', () => {
    const text = 'The Ukrainian military said 300 Russian troops died. The army also claimed it destroyed 12 tanks.';
    expect(claimsOf(text).map((c) => [c.metric, c.claimant])).toEqual([
      ['killed', 'ukraine'],
      ['tanks', 'ukraine'],
    ]);
  });

  it('reads ranges and prisoner exchanges', () => {
    const [claim] = claimsOf('Kyiv and Moscow exchanged between 80 and 90 prisoners on Monday, officials said.');
    expect(claim).toMatchObject({ metric: 'prisoners-exchanged', value: 80, valueHigh: 90 });
  });

  it('leaves unattributed figures unattributed', () => {
    const [claim] = claimsOf('Some 40 civilians were killed in the strike.');
    expect(claim).toMatchObject({ metric: 'killed', value: 40, qualifier: 'some', claimant: 'unattributed', verification: 'unknown' });
  });

  it('does not count equipment without a loss ("has 3,000 tanks")', () => {
    expect(claimsOf('Russia has 3,000 tanks in reserve.')).toEqual([]);
  });

  it('dates a claim by its statement, not by when the count began or a span of hours', () => {
    const [since] = claimsOf('The Russian Defence Ministry said its forces had destroyed 123 Ukrainian drones since February 24.', '2022-03-29');
    expect(since!.date).toBe('2022-03-29');
    const [hours] = claimsOf('The ministry said on Monday it had killed 400 Ukrainian soldiers in the past 24 hours.', '2025-03-12');
    expect(hours!.date).toBe('2025-03-10');
  });

  it('lets the items of a list share whose losses they are', () => {
    const found = claimsOf('Russia said it destroyed 123 Ukrainian drones and 1,579 tanks.');
    expect(found.map((c) => [c.metric, c.subject])).toEqual([
      ['drones', 'ukraine'],
      ['tanks', 'ukraine'],
    ]);
  });

  it('reads "11 civilians were killed and 43 injured" as two claims', () => {
    expect(claimsOf('Ukrainian officials said 11 civilians were killed and 43 injured in the strikes.').map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['killed', 11, 'civilians'],
      ['wounded', 43, 'civilians'],
    ]);
  });

  it('counts launched drones as the size of an attack, not as anyone\'s losses', () => {
    const claims = claimsOf('Ukraine said Russia had launched 273 drones overnight, the largest attack of the war.');
    expect(claims).toMatchObject([{ metric: 'drones', value: 273, claimant: 'ukraine' }]);
    expect(claims[0]!.subject).not.toBe('ukraine');
  });

  it('reads "of its soldiers" as the claimant\'s own losses', () => {
    const [claim] = claimsOf('Volodymyr Zelensky said 31,000 of its soldiers had been killed.');
    expect(claim).toMatchObject({ metric: 'killed', value: 31000, claimant: 'volodymyr-zelensky', subject: 'ukraine' });
  });
});
