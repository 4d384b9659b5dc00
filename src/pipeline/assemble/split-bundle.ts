// The app's copy of the bundle, split by need: a small index every view loads, one file
// per collection for the view that draws it, and one payload per article for the reader.
import {
  IndexFile,
  SCHEMA_VERSION,
  type ArticlePayload,
  type Bundle,
  type ClaimsFile,
  type EventsFile,
  type Evidence,
  type PositionsFile,
} from '../../schema/bundle.ts';

export interface SplitBundle {
  index: IndexFile;
  events: EventsFile;
  positions: PositionsFile;
  claims: ClaimsFile;
  payloads: ArticlePayload[];
}

type ArticleItems = Pick<ArticlePayload, 'mentions' | 'events' | 'positions' | 'claims' | 'quotes'>;

/** Every item filed under each article it has evidence in, once per article. */
function itemsByArticle(bundle: Bundle): Map<string, ArticleItems> {
  const byArticle = new Map<string, ArticleItems>();
  const slotFor = (articleId: string) => {
    let slot = byArticle.get(articleId);
    if (!slot) {
      slot = { mentions: [], events: [], positions: [], claims: [], quotes: [] };
      byArticle.set(articleId, slot);
    }
    return slot;
  };
  const file = <K extends keyof ArticleItems>(kind: K, items: ArticleItems[K], evidenceOf: (item: ArticleItems[K][number]) => Evidence[]) => {
    for (const item of items) {
      for (const articleId of new Set(evidenceOf(item).map((evidence) => evidence.articleId))) {
        (slotFor(articleId)[kind] as ArticleItems[K][number][]).push(item);
      }
    }
  };
  file('mentions', bundle.mentions, (mention) => mention.evidence);
  file('events', bundle.events, (event) => event.evidence);
  file('positions', bundle.positions, (position) => position.evidence);
  // The sentence saying whether anyone checked a figure belongs to the claim too.
  file('claims', bundle.claims, (claim) => (claim.verificationEvidence ? [...claim.evidence, claim.verificationEvidence] : claim.evidence));
  file('quotes', bundle.quotes, (quote) => quote.evidence);
  return byArticle;
}

const sortedUnique = <T extends string>(values: Iterable<T>) => [...new Set(values)].sort();

export function splitBundle(bundle: Bundle): SplitBundle {
  const byArticle = itemsByArticle(bundle);
  const empty: ArticleItems = { mentions: [], events: [], positions: [], claims: [], quotes: [] };
  const index: IndexFile = {
    schemaVersion: SCHEMA_VERSION,
    articles: bundle.articles.map(({ text, boilerplate: _boilerplate, ...meta }) => {
      const here = byArticle.get(meta.id) ?? empty;
      return {
        ...meta,
        actors: here.mentions.map((mention) => mention.actor),
        length: text.length,
        items: here.events.length + here.positions.length + here.claims.length + here.quotes.length,
      };
    }),
    actors: bundle.actors,
    topics: sortedUnique(bundle.positions.map((position) => position.topic)),
    metrics: sortedUnique(bundle.claims.map((claim) => claim.metric)),
  };
  const payloads: ArticlePayload[] = bundle.articles.map((article) => ({
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    text: article.text,
    boilerplate: article.boilerplate,
    ...(byArticle.get(article.id) ?? empty),
  }));
  // Only the index is new data; the rest rearranges items the bundle check already
  // validated (re-parsing 10,000 payloads cost 6.7 s). The CLI tests parse every file the
  // app loads with its schema.
  return {
    index: IndexFile.parse(index),
    events: { schemaVersion: SCHEMA_VERSION, events: bundle.events },
    positions: { schemaVersion: SCHEMA_VERSION, positions: bundle.positions },
    claims: { schemaVersion: SCHEMA_VERSION, claims: bundle.claims },
    payloads,
  };
}
