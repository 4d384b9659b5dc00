// Figures in the shapes wire copy gives them: attack sizes, totals with the noun before
// the number, "on each side", a second figure for another country, tariffs, a body that
// verified a figure, sources we do not know, and a headline that repeats the story.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extractors/claims.ts';
import { makeContext } from './make-context.ts';

const claimsOf = (text: string) =>
  extractClaims(makeContext(text, '2025-06-10')).map(({ metric, value, valueHigh, qualifier, claimant, verification }) => ({
    metric, value, valueHigh, qualifier, claimant, verification,
  }));

describe('claim patterns', () => {
  it('counts drones launched or used in an attack', () => {
    expect(claimsOf("Ukraine's air force said Russia fired 215 drones at Kyiv overnight.")).toMatchObject([{ metric: 'drones', value: 215, claimant: 'ukraine' }]);
    expect(claimsOf('Russia launched between 150 and 200 drones on most nights, according to the Ukrainian military.')).toMatchObject([
      { metric: 'drones', value: 150, valueHigh: 200, claimant: 'ukraine' },
    ]);
    expect(claimsOf('Volodymyr Zelensky said 90 drones were used in the raid.')).toMatchObject([{ metric: 'drones', value: 90, claimant: 'volodymyr-zelensky' }]);
  });

  it('reads a number of people who fled with no noun of their own as displaced, never as a death toll', () => {
    const found = claimsOf('The agency said 7.2 million have fled their homes since the spring.').map((c) => [c.value, c.metric]);
    expect(found).toEqual([[7200000, 'displaced']]);
    expect(claimsOf('Officials said 12 fled on foot.').map((c) => c.metric)).not.toContain('killed');
  });

  it('reads a headline in the present tense: "strikes kill 9, injure more than 40 over past day"', () => {
    const found = claimsOf('Overnight strikes kill 9, injure more than 40 over past day').map((c) => [c.value, c.metric, c.qualifier]);
    expect(found).toEqual([[9, 'killed', null], [40, 'wounded', 'more than']]);
  });

  it('reads people exchanged by the verb before the number, not by a word describing them after it', () => {
    expect(claimsOf('The two sides have exchanged 84 prisoners captured near the border.').map((c) => c.metric)).toEqual(['prisoners-exchanged']);
  });

  it('reads a total whose noun comes before the number', () => {
    // Losses and casualties count the killed and the wounded together: never shown as killed.
    expect(claimsOf('The Ukrainian military said Russia lost 900 troops in a day, bringing its losses since 2022 to roughly 1,010,000.')).toMatchObject([
      { metric: 'killed-and-wounded', value: 900 },
      { metric: 'killed-and-wounded', value: 1_010_000, qualifier: 'roughly', claimant: 'ukraine' },
    ]);
    const claims = claimsOf('Kyiv put Russian losses at about 640,000, a figure Moscow disputes.');
    expect(claims).toMatchObject([{ metric: 'killed-and-wounded', value: 640_000, qualifier: 'about' }]);
  });

  it('reads "N on each side" in an exchange as prisoners exchanged', () => {
    expect(claimsOf('Vladimir Medinsky said the sides would swap the sick and the young, at least 500 on each side.')).toMatchObject([
      { metric: 'prisoners-exchanged', value: 500, qualifier: 'at least', claimant: 'vladimir-medinsky' },
    ]);
    expect(claimsOf('Rustem Umerov said the two sides will exchange 390 each next week.')).toMatchObject([{ metric: 'prisoners-exchanged', value: 390 }]);
  });

  it('gives "the bodies of N soldiers" its own metric, whatever else the sentence says', () => {
    expect(claimsOf('Russia said it would return wounded prisoners and the bodies of 3,000 Ukrainian soldiers.')).toMatchObject([
      { metric: 'bodies-repatriated', value: 3000 },
    ]);
  });

  it('reads a second figure for another country with its noun left out', () => {
    expect(claimsOf('Hungary hosts some 40,000 Ukrainian refugees and Slovakia about 110,000, the UN said.')).toMatchObject([
      { metric: 'refugees', value: 40_000 },
      { metric: 'refugees', value: 110_000, qualifier: 'about' },
    ]);
    // Not a place after "and": no second figure.
    expect(claimsOf('Poland said 20 people were killed on Monday, and 4 in a second strike.')).toHaveLength(1);
  });

  it('takes no tariff rate for a claim', () => {
    expect(claimsOf('Donald Trump threatened secondary tariffs of up to 50% on buyers of Russian oil.')).toEqual([]);
  });

  it('takes the body that verified a figure as its claimant', () => {
    expect(claimsOf('The UN has documented the deaths of more than 400 children in Ukraine, though it says the toll is higher.')).toMatchObject([
      { metric: 'killed', value: 400, claimant: 'united-nations', verification: 'independent' },
    ]);
  });

  it('leaves a figure unattributed when "according to" names a source it does not know', () => {
    expect(claimsOf('Germany hosts about 1.1 million Ukrainian refugees, according to Destatis figures.')).toMatchObject([
      { metric: 'refugees', value: 1_100_000, claimant: 'unattributed' },
    ]);
    expect(claimsOf('More than 3 million people are displaced in Ukraine, according to the International Organization for Migration.')).toMatchObject([
      { metric: 'displaced', claimant: 'united-nations' },
    ]);
  });

  it('reads people freed or swapped as prisoners exchanged', () => {
    expect(claimsOf('On Tuesday 120 Ukrainian servicemen returned home in the swap, Volodymyr Zelensky said.')).toMatchObject([
      { metric: 'prisoners-exchanged', value: 120, claimant: 'volodymyr-zelensky' },
    ]);
    expect(claimsOf('The deal freed 84 Ukrainians in return for 80 Russians.')).toMatchObject([
      { metric: 'prisoners-exchanged', value: 84 },
      { metric: 'prisoners-exchanged', value: 80 },
    ]);
  });

  it('reads the people given "in return for" others as exchanged, even if wounded', () => {
    expect(claimsOf('Kyiv freed 40 prisoners in exchange for 38 injured Ukrainian soldiers, the Russian defence ministry said.')).toMatchObject([
      { metric: 'prisoners-exchanged', value: 40 },
      { metric: 'prisoners-exchanged', value: 38 },
    ]);
  });

  it('reads "N of which were shot down" with the noun of the figure before', () => {
    expect(claimsOf('Ukraine said Russia launched 48 drones overnight, 41 of which were shot down.')).toMatchObject([
      { metric: 'drones', value: 48 },
      { metric: 'drones', value: 41 },
    ]);
  });

  it('does not take the "over" of a phrasal verb for a hedge', () => {
    expect(claimsOf('In two days the sides handed over 600 prisoners each, Rustem Umerov said.')).toMatchObject([
      { metric: 'prisoners-exchanged', value: 600, qualifier: null },
    ]);
    expect(claimsOf('Rustem Umerov said over 600 prisoners were exchanged.')).toMatchObject([{ value: 600, qualifier: 'over' }]);
  });

  it('keeps one claim when a headline repeats the figure the story attributes', () => {
    const text = 'Kyiv and Moscow to trade 800 prisoners each\n\nUkraine and Russia will exchange 800 prisoners each, Rustem Umerov said on Monday.';
    expect(claimsOf(text)).toMatchObject([{ metric: 'prisoners-exchanged', value: 800, claimant: 'rustem-umerov' }]);
  });
});
