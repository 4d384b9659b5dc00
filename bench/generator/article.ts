// One synthetic article: a title, page furniture around it, and a body of news
// paragraphs grown until it reaches a size drawn between 2 and 8 KB.
import { createRandom } from './prng.ts';
import { CONSENT_NOTICE, writeDontMiss, writeFooter, writeReadMore } from './boilerplate.ts';
import { writeClaimParagraph } from './claims.ts';
import { writeBackgroundParagraph, writeLeadParagraph, writePositionParagraph, writeQuoteParagraph } from './news.ts';
import { addDays, bannerDate, chooseScene, isoDate, nameOf, type Scene } from './scene.ts';
import { OUTLETS } from './vocabulary.ts';

export interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: string;
  language: 'en';
  dateNote: string;
}

export interface GeneratedArticle {
  entry: ManifestEntry;
  text: string;
}

const MIN_BYTES = 2_000;
const MAX_BYTES = 8_000;
/** Room kept for the footer blocks added after the body. */
const FOOTER_ROOM = 600;

function writeTitle(scene: Scene): string {
  const { random, venue } = scene;
  const who = nameOf(scene, scene.speakers[0]!);
  return random.pick([
    `${venue.city} talks: ${who} signals readiness for ${scene.topics[0]?.noun ?? 'a ceasefire'}`,
    `Ukraine and Russia negotiators meet in ${venue.city} as hopes of breakthrough fade`,
    `${who} says no deal without ${scene.topics[0]?.noun ?? 'security guarantees'}`,
    `What we know about the ${venue.city} round of peace talks`,
  ]);
}

/**
 * Shares chosen so that the pipeline finds about as many items per KB as in the seed
 * articles (≈1 quote, ≈0.4 claims and ≈1.8 positions per KB): a denser corpus would
 * overstate the data the app loads, a sparser one understate it.
 */
function writeBodyParagraph(scene: Scene): string {
  const { random, speakers } = scene;
  const roll = random.next();
  if (roll < 0.2) return writeQuoteParagraph(scene, random.pick(speakers));
  if (roll < 0.245) return writeClaimParagraph(scene);
  if (roll < 0.51) return writePositionParagraph(scene, random.pick(speakers));
  if (roll < 0.59) return writeReadMore(scene);
  return writeBackgroundParagraph(scene);
}

/** Article `index` of the corpus drawn from `seed`: the same pair always gives the same text. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const random = createRandom((seed * 1_000_003 + index * 7919) >>> 0);
  const scene = chooseScene(random);
  const title = writeTitle(scene);
  const targetBytes = random.int(MIN_BYTES, MAX_BYTES - FOOTER_ROOM);

  const blocks: string[] = [];
  const bannerShown = random.chance(0.15);
  if (bannerShown) blocks.push(bannerDate(addDays(scene.publishedAt, random.int(100, 700))));
  blocks.push(title);
  if (random.chance(0.3)) blocks.push(CONSENT_NOTICE);
  blocks.push(writeLeadParagraph(scene));
  blocks.push(writeQuoteParagraph(scene, scene.speakers[0]!));

  let size = Buffer.byteLength(blocks.join('\n\n'));
  let dontMissShown = false;
  while (size < targetBytes) {
    const showDontMiss: boolean = !dontMissShown && random.chance(0.08);
    dontMissShown ||= showDontMiss;
    const paragraph = showDontMiss ? writeDontMiss(scene) : writeBodyParagraph(scene);
    blocks.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  if (random.chance(0.6)) blocks.push(writeFooter(scene));

  const file = `${String(index).padStart(5, '0')}_${(random.int(0, 0xffffff) >>> 0).toString(16).padStart(6, '0')}.txt`;
  const publishedAt = isoDate(scene.publishedAt);
  return {
    text: blocks.join('\n\n') + '\n',
    entry: {
      file,
      title,
      outlet: random.pick(OUTLETS),
      url: random.chance(0.3) ? `https://example.org/news/${publishedAt.replaceAll('-', '/')}/${index}` : null,
      publishedAt,
      language: 'en',
      dateNote: bannerShown
        ? 'Synthetic article; the banner date at the top is the reposting site’s, not the article’s.'
        : 'Synthetic article; relative dates resolve against the publication date.',
    },
  };
}
