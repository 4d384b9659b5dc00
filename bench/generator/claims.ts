// Numeric claims as news writes them: hedged, attributed, and often flagged as unverified.
import type { Scene } from './scene.ts';
import { HEDGES, NUMBER_WORDS } from './vocabulary.ts';

const thousands = (value: number): string => value.toLocaleString('en-US');

type ClaimWriter = (scene: Scene) => string;

const UNVERIFIED = [
  'The figures have not been independently verified.',
  'Reuters could not independently verify the claim.',
  'Neither side’s battlefield figures can be independently verified.',
  'The claim could not be confirmed.',
];

const WRITERS: readonly ClaimWriter[] = [
  ({ random }) =>
    `Russia's invasion has uprooted ${random.pick(HEDGES)} ${random.int(2, 14)} million people in what the United Nations calls the fastest-growing humanitarian crisis in Europe since World War Two.`,
  ({ random }) =>
    `The Ukrainian army has said ${thousands(random.int(80, 900) * 100)} Russian troops have been killed since the invasion began. ${random.pick(UNVERIFIED)}`,
  ({ random }) =>
    `Russia's defence ministry said its forces had destroyed ${random.pick(NUMBER_WORDS)} ships and ${random.int(12, 380)} drones overnight. ${random.pick(UNVERIFIED)}`,
  ({ random }) =>
    `According to the General Staff in Kyiv, Russia has lost ${thousands(random.int(300, 4000))} tanks, ${thousands(random.int(600, 9000))} armoured vehicles and ${random.int(90, 380)} aircraft, figures that Moscow does not confirm.`,
  ({ random }) =>
    `The two sides exchanged ${random.int(2, 12) * 50} prisoners each, ${random.pick(['the largest swap', 'one of the largest swaps', 'the first swap in weeks'])} since the war began, officials said.`,
  ({ random }) =>
    `Moscow claims to have captured ${random.pick(HEDGES)} ${thousands(random.int(5, 60) * 100)} Ukrainian soldiers, while Kyiv puts the number of Russian prisoners at ${thousands(random.int(10, 90) * 100)}.`,
  ({ random }) =>
    `More than ${random.int(4, 8)} million refugees from Ukraine have been recorded across Europe, the UN refugee agency said, while ${random.pick(HEDGES)} ${random.int(3, 7)}.${random.int(1, 9)} million people remain displaced inside the country.`,
  ({ random }) =>
    `Ukrainian officials say ${random.pick(HEDGES)} ${thousands(random.int(10, 90) * 1000)} civilians have been wounded, a figure that has not been independently verified.`,
];

export const writeClaimParagraph = (scene: Scene): string => scene.random.pick(WRITERS)(scene);
