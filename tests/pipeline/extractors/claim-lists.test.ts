// Loss tallies as wire copy and ministry briefings give them: one claim per item of a list,
// each with the list's source and whose losses; metrics that never turn into deaths;
// bodies, exchanges and numbers written the European way.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extractors/claims.ts';
import { rulesOf } from '../../../src/pipeline/trace.ts';
import { makeContext } from './make-context.ts';

const claimsOf = (text: string) => extractClaims(makeContext(text, '2025-06-10'));
const brief = (text: string) => claimsOf(text).map((c) => [c.value, c.metric, c.claimant, c.subject]);

describe('loss tallies', () => {
  it('keeps the source of a tally for the sentences that go on with it in the passive or through its report', () => {
    const text = [
      'Moscow has lost 9,870 troops in all, according to the Ukrainian General Staff.',
      'The figure comes from a morning update.',
      'On the last day alone, Russia is said to have lost 410 troops.',
      'The update also lists 12 tanks and 30 drones.',
      'It was also mentioned that Russia lost 4 boats.',
    ].join(' ');
    expect(claimsOf(text).map((c) => [c.value, c.claimant])).toEqual([
      [9870, 'ukraine'], [410, 'ukraine'], [12, 'ukraine'], [30, 'ukraine'], [4, 'ukraine'],
    ]);
  });

  it('takes the source a sentence after the figures names for them ("This was reported by …, citing …")', () => {
    const text = 'By the end of April the army had lost about 51,000 troops. In April alone it lost 2,300 troops. This was reported by a news site citing the Ministry of Defence of the United Kingdom.';
    expect(claimsOf(text).map((c) => [c.value, c.claimant])).toEqual([[51000, 'united-kingdom'], [2300, 'united-kingdom']]);
  });

  it('gives the figures after "with X reporting" to X, not to the speaker of the main clause', () => {
    const text = 'Zelensky announced that the swap would go on, with Russia reporting an exchange of 270 soldiers.';
    expect(claimsOf(text).map((c) => [c.value, c.metric, c.claimant])).toEqual([[270, 'prisoners-exchanged', 'russia']]);
  });

  it('gives a UN mission "in Ukraine" its figures, checked, dated by the report and counted up to its cut-off', () => {
    const text = '"From 6 am on 24 February 2022, when the attack began, until midnight on 3 March 2022, the office recorded 412 civilian casualties: 131 killed and 281 injured," the UN Human Rights Monitoring Mission in Ukraine said.';
    const found = claimsOf(text);
    expect(found.map((c) => [c.value, c.metric, c.claimant, c.verification, c.date, c.asOf])).toEqual([
      [412, 'killed-and-wounded', 'united-nations', 'independent', '2025-06-10', '2022-03-03'],
      [131, 'killed', 'united-nations', 'independent', '2025-06-10', '2022-03-03'],
      [281, 'wounded', 'united-nations', 'independent', '2025-06-10', '2022-03-03'],
    ]);
  });

  it('does not carry a tally\'s source past a sentence that names sources of its own', () => {
    const text = 'Moscow has lost 9,870 troops, the Ukrainian General Staff said. Western officials said the report also showed 500 tanks lost.';
    expect(claimsOf(text).find((c) => c.value === 500)?.claimant).not.toBe('ukraine');
  });

  it('dates a running total by the day it was given, not by the start of the war in its since-clause', () => {
    const text = 'Since the invasion began on February 24, 2022, Moscow has lost 9,870 troops, the Ukrainian General Staff said on Tuesday.';
    expect(claimsOf(text).map((c) => c.date)).toEqual(['2025-06-10']);
  });

  it('gives each item of a list the source named at its end and the side that lost it', () => {
    const text = 'Moscow has lost 410 trucks, two boats, 35 fuel tanks and 8 UAVs over the past month, the Ukrainian General Staff said.';
    expect(brief(text)).toEqual([
      [410, 'vehicles', 'ukraine', 'russia'],
      [2, 'ships', 'ukraine', 'russia'],
      [35, 'other', 'ukraine', 'russia'],
      [8, 'drones', 'ukraine', 'russia'],
    ]);
  });

  it('reads the equipment families of a ministry tally, with no verb of loss in the sentence', () => {
    const text =
      '"So far 61 planes, 40 helicopters, 97 air defense missile systems, 712 tanks and armored combat vehicles, 88 multiple rocket launchers, 340 artillery pieces and mortars and 600 special military vehicles were hit," a Russian Defence Ministry spokesman said.';
    expect(claimsOf(text).map((c) => [c.value, c.metric])).toEqual([
      [61, 'aircraft'], [40, 'helicopters'], [97, 'air-defence'], [712, 'armoured-vehicles'],
      [88, 'rocket-launchers'], [340, 'artillery'], [600, 'vehicles'],
    ]);
    expect(new Set(claimsOf(text).map((c) => c.claimant))).toEqual(new Set(['russia']));
  });

  it('never counts fuel tanks as tanks, nor arms promised as losses', () => {
    expect(claimsOf('Kyiv said Russian troops lost 14 fuel tanks near the river.')).toMatchObject([{ metric: 'other', unit: 'fuel tanks' }]);
    expect(claimsOf('Germany said it would deliver 18 tanks and 6 helicopters next year.')).toEqual([]);
  });

  it('carries a body named without its country to the country the article gives it', () => {
    const text = "Ukraine's General Staff publishes its tally every morning. On Friday Russian forces lost 9 tanks, the General Staff said.";
    expect(brief(text)).toEqual([[9, 'tanks', 'ukraine', 'russia']]);
  });

  it('resolves a speaker the actor list does not know through how the article introduced them', () => {
    const text =
      "Russian Defence Ministry spokesman Pavel Lobanov spoke in Moscow. The armed forces downed 31 drones overnight, Lobanov said.";
    // The spokesman himself once the actor list reads him as a person who speaks for Russia, else Russia.
    const [claim] = claimsOf(text);
    expect(claim).toMatchObject({ value: 31, metric: 'drones' });
    expect(['pavel-lobanov', 'russia']).toContain(claim!.claimant);
  });

  it('takes the source from a headline when the story names none', () => {
    const text = 'Invading army lost 2,100 troops in a week – Ukrainian military\n\nThe week cost the invading army 2,100 troops.';
    expect(claimsOf(text).map((c) => c.claimant)).toContain('ukraine');
  });

  it('does not take the leader for the source when the headline names his aide ("Putin\'s press chief: …")', () => {
    const text = "Putin's press chief: venue unchanged\n\nTalks that ended a month ago produced a swap of 800 prisoners on each side.";
    expect(claimsOf(text).map((c) => c.claimant)).not.toContain('vladimir-putin');
    const own = 'Putin: venue unchanged\n\nTalks that ended a month ago produced a swap of 800 prisoners on each side.';
    expect(claimsOf(own).map((c) => c.claimant)).toContain('vladimir-putin');
  });

  it('lets a tally running on into the next sentence keep its source', () => {
    const text = 'According to the General Staff of the Armed Forces of Ukraine, Russia has lost 4,000 tanks. It also lost 300 helicopters in that time.';
    expect(claimsOf(text).map((c) => [c.value, c.metric, c.claimant])).toEqual([
      [4000, 'tanks', 'ukraine'],
      [300, 'helicopters', 'ukraine'],
    ]);
  });
});

describe('people counted', () => {
  it('reads the outcome from the figure\'s own clause, never a death toll from people who fled', () => {
    expect(claimsOf('Another 2.4 million people left the country as shelling killed dozens in the east.').map((c) => c.metric)).toEqual(['displaced']);
    expect(claimsOf('The shelling killed 4 people. 19 residents were hurt.').map((c) => [c.value, c.metric])).toEqual([
      [4, 'killed'],
      [19, 'wounded'],
    ]);
  });

  it('reads losses and casualties as killed and wounded together', () => {
    expect(claimsOf('The army suffered 640 casualties on Sunday.')).toMatchObject([{ metric: 'killed-and-wounded', value: 640 }]);
    expect(claimsOf('Britain estimates 310,000 Russian troops were killed or wounded.')).toMatchObject([{ metric: 'killed-and-wounded' }]);
  });

  it('reads a figure with no noun before killed or wounded', () => {
    expect(claimsOf('Odesa region: 5 killed, 12 wounded after a missile strike.').map((c) => [c.value, c.metric])).toEqual([
      [5, 'killed'],
      [12, 'wounded'],
    ]);
  });

  it('reads displaced people with no noun and people counted on a list of names', () => {
    expect(claimsOf('Over 4.2 million are displaced within the country.')).toMatchObject([{ metric: 'displaced', value: 4_200_000 }]);
    expect(claimsOf('Kyiv handed over a list of 510 prisoners of war.')).toMatchObject([{ metric: 'other', value: 510 }]);
  });
});

describe('bodies and exchanges', () => {
  it('reads bodies handed over, also with "more" and an "additional" before the number', () => {
    expect(claimsOf('Moscow says it has returned 2,500 bodies of fallen soldiers and is ready to hand over 1,000 more.').map((c) => [c.value, c.metric])).toEqual([
      [2500, 'bodies-repatriated'],
      [1000, 'bodies-repatriated'],
    ]);
    expect(claimsOf('Russia offered the remains of an additional 900 soldiers.')).toMatchObject([{ metric: 'bodies-repatriated', value: 900 }]);
  });

  it('reads an "N for N" exchange once, per side', () => {
    expect(claimsOf('The sides agreed a "500-for-500" prisoner exchange.')).toMatchObject([{ metric: 'prisoners-exchanged', value: 500 }]);
    expect(claimsOf('The swap in the 750 for 750 format is over.')).toHaveLength(1);
  });
});

describe('numbers and dates', () => {
  it('reads thousands split by a space and a dot slipped in for a comma', () => {
    expect(claimsOf('So far 2 418 bodies of soldiers have been returned.')).toMatchObject([{ value: 2418 }]);
    expect(claimsOf('Russia has lost 1,020.010 troops, Kyiv says.')).toMatchObject([{ value: 1_020_010 }]);
  });

  it('keeps the "as of" date apart from the date of the claim', () => {
    const [claim] = claimsOf('On Monday the UN said it had documented 9,100 civilian deaths as of May 31.');
    expect(claim).toMatchObject({ metric: 'killed', asOf: '2025-05-31', date: '2025-06-09' });
  });

  it('records which rules read each claim', () => {
    const [claim] = claimsOf('Russia lost 12 tanks, the Ukrainian General Staff said.');
    expect(rulesOf(claim!)).toEqual(['figure/noun+metric/tanks', 'claimant/body-speaking']);
  });

  it('takes no claim from populations, money or ages', () => {
    expect(claimsOf('The city of 400,000 people lies on the coast.')).toEqual([]);
    expect(claimsOf('The fund will pay $40 million to 3,000 residents aged 65.')).toEqual([]);
  });
});

describe('sources a sentence points back to', () => {
  it('gives a quote ending "he said" the source of the sentences before, not a country named inside it', () => {
    const text =
      'The Russian Defence Ministry said its forces had shot down 14 drones. "Our units also hit 45 Ukrainian military targets and destroyed 3 tanks," he said.';
    expect(claimsOf(text).map((c) => [c.value, c.claimant])).toEqual([
      [14, 'russia'],
      [45, 'russia'],
      [3, 'russia'],
    ]);
  });

  it('leaves a figure unattributed when an unplaceable name speaks, rather than giving it to a country named', () => {
    expect(claimsOf('Ukrainian forces lost 70 tanks in the south, Petrovsky said.')).toMatchObject([{ claimant: 'unattributed', subject: 'ukraine' }]);
  });

  it('reads "no one was hurt" as no figure', () => {
    expect(claimsOf('The drone hit a school, but no one was injured, the mayor said.')).toEqual([]);
  });
});

describe('parts of a figure and speakers named by a common noun', () => {
  it('reads "including N" as part of the figure before, unless it names equipment', () => {
    const text = 'A missile hit the market and killed at least 17 people, including 3 children, and injured more than 60, police said.';
    expect(claimsOf(text).map((c) => [c.value, c.metric])).toEqual([
      [17, 'killed'],
      [3, 'killed'],
      [60, 'wounded'],
    ]);
    const tally = 'Kyiv says Russia has lost 640,000 troops, including 9,000 tanks.';
    expect(claimsOf(tally).map((c) => [c.value, c.metric])).toEqual([
      [640_000, 'killed-and-wounded'],
      [9000, 'tanks'],
    ]);
  });

  it('does not give a figure to the country named before "…, the ministry said"', () => {
    expect(claimsOf('Its units took 25 Ukrainian soldiers prisoner near the border, the ministry said.')).toMatchObject([
      { metric: 'captured', value: 25, claimant: 'unattributed', subject: 'ukraine' },
    ]);
  });

  it('keeps the speaker named before the figures when a body is cited after them', () => {
    expect(claimsOf('Volodymyr Zelensky said 28,000 soldiers had been killed, well below figures from British intelligence.')).toMatchObject([
      { value: 28_000, claimant: 'volodymyr-zelensky' },
    ]);
  });

  it('counts drones in an attack that "struck a city with" them', () => {
    expect(claimsOf('Russia pounded Kharkiv with 350 drones overnight, Ukraine said.')).toMatchObject([{ metric: 'drones', value: 350, claimant: 'ukraine' }]);
  });
});

describe('verification from the article\'s words', () => {
  it('marks a figure the article calls alleged as unverified', () => {
    expect(claimsOf('Some 900 bodies have allegedly been brought to the border crossing.')).toMatchObject([{ verification: 'unverified' }]);
    expect(claimsOf('Some 900 bodies have been brought to the border crossing.')).toMatchObject([{ verification: 'unknown' }]);
  });
});

describe('parts of a whole', () => {
  it('reads "N of the M drones" as two drone figures', () => {
    expect(claimsOf("Poland's army said its jets downed 19 of the 25 drones that crossed the border.").map((c) => [c.value, c.metric])).toEqual([
      [19, 'drones'],
      [25, 'drones'],
    ]);
  });

  it('reads "tanks and armoured vehicles" as one armoured-vehicle figure', () => {
    expect(claimsOf('Kyiv says Russia lost 40 tanks and armoured vehicles last week.')).toMatchObject([{ metric: 'armoured-vehicles', value: 40 }]);
  });
});

describe('one figure said twice', () => {
  it('keeps the killed figure when the same source also says the side "lost" that many', () => {
    const text = 'Kyiv says Russia has lost 9,000 soldiers. The Ukrainian General Staff said 9,000 Russian soldiers were killed.';
    expect(claimsOf(text).map((c) => [c.value, c.metric, c.claimant])).toEqual([[9000, 'killed', 'ukraine']]);
  });
});
