// The page furniture that scraped news carries: consent notices, cross-promotion,
// site banners and unrelated stories. The pipeline must mark these and skip them.
import type { Scene } from './scene.ts';
import { UNRELATED_HEADLINES } from './vocabulary.ts';

export const CONSENT_NOTICE =
  'We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info';

const TEASERS = [
  'Xi loses patience with Putin as China pulls plug on £380m deal',
  'Turkey says Russia to cave on peace as Erdogan expecting ‘good news’',
  'NATO’s 5 camps show Europe’s reaction to Ukraine war – Zelensky',
  'Putin allies: The 4 countries standing behind Russia',
  'Kremlin says 2 million people "welcomed" its troops',
];

export const writeReadMore = ({ random }: Scene): string => `READ MORE: ${random.pick(TEASERS)}`;

export function writeDontMiss({ random }: Scene): string {
  const tags = ['[INSIGHT]', '[EXPLAINER]', '[ANALYSIS]', '[REVEAL]'];
  const lines = random.sample(TEASERS, 3).map((teaser) => `${teaser} ${random.pick(tags)}`);
  return ['DON’T MISS', ...lines].join('\n');
}

export function writeFooter({ random }: Scene): string {
  if (random.chance(0.5)) {
    return ['Latest News', ...random.sample(UNRELATED_HEADLINES, 3)].join('\n');
  }
  return `You may also like\n${random.pick(UNRELATED_HEADLINES)}`;
}
