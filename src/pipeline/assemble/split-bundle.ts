// The app's copy of the bundle, split by need: a small index every view loads, one file
// per collection for the view that draws it, and one payload per article for the reader.
import {
  IndexFile,
  SCHEMA_VERSION,
  type ArticlePayload,
  type Bundle,
  type ClaimsFile,
  type DisagreementsFile,
  type EventsFile,
  type Evidence,
  type PositionsFile,
} from '../../schema/bundle.ts';

export interface SplitBundle {
  index: IndexFile;
  events: EventsFile;
  positions: PositionsFile;
  claims: ClaimsFile;
  disagreements: DisagreementsFile;
  /** Made one at a time as they are read, so each can be written and dropped before the next. */
  payloads: Iterable<ArticlePayload>;
}

type ArticleItems = Pick<ArticlePayload, 'mentions' | 'events' | 'positions' | 'claims' | 'quotes'>;

/**
 * Every item filed under each article it has evidence in, carrying only that article's
 * evidence: the reader marks spans in the text it shows, and copying every report of an
 * item into every article would grow the payloads with the square of how often it recurs.
 */
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
  const evidenceByArticle = (evidence: Evidence[]) => {
    const grouped = new Map<string, Evidence[]>();
    for (const piece of evidence) {
      const list = grouped.get(piece.articleId);
      if (list) list.push(piece);
      else grouped.set(piece.articleId, [piece]);
    }
    return grouped;
  };
  const file = <K extends Exclude<keyof ArticleItems, 'claims'>>(kind: K, items: ArticleItems[K]) => {
    for (const item of items) {
      const only = soleArticle(item.evidence);
      if (only !== null) {
        (slotFor(only)[kind] as ArticleItems[K][number][]).push(item);
        continue;
      }
      for (const [articleId, evidence] of evidenceByArticle(item.evidence)) {
        (slotFor(articleId)[kind] as ArticleItems[K][number][]).push({ ...item, evidence });
      }
    }
  };
  file('mentions', bundle.mentions);
  file('events', bundle.events);
  file('positions', bundle.positions);
  file('quotes', bundle.quotes);
  // The sentence saying whether anyone checked a figure travels with the claim where it is in the same article.
  for (const claim of bundle.claims) {
    const only = soleArticle(claim.evidence);
    if (only !== null && (claim.verificationEvidence === null || claim.verificationEvidence.articleId === only)) {
      slotFor(only).claims.push(claim);
      continue;
    }
    for (const [articleId, evidence] of evidenceByArticle(claim.evidence)) {
      const verificationEvidence = claim.verificationEvidence?.articleId === articleId ? claim.verificationEvidence : null;
      slotFor(articleId).claims.push({ ...claim, evidence, verificationEvidence });
    }
  }
  return byArticle;
}

/**
 * The one article all of an item's evidence is in, or null. Such an item (most are) is
 * filed as it is: a copy carrying "only that article's evidence" would be the same item.
 */
function soleArticle(evidence: readonly Evidence[]): string | null {
  const first = evidence[0]?.articleId;
  if (first === undefined) return null;
  for (const piece of evidence) if (piece.articleId !== first) return null;
  return first;
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
  function* payloads(): Generator<ArticlePayload> {
    for (const article of bundle.articles) {
      yield {
        schemaVersion: SCHEMA_VERSION,
        id: article.id,
        text: article.text,
        boilerplate: article.boilerplate,
        ...(byArticle.get(article.id) ?? empty),
      };
    }
  }
  // Only the index is new data; the rest rearranges items the bundle check already
  // validated (re-parsing 10,000 payloads cost 6.7 s). The CLI tests parse every file the
  // app loads with its schema.
  return {
    index: IndexFile.parse(index),
    events: { schemaVersion: SCHEMA_VERSION, events: bundle.events },
    positions: { schemaVersion: SCHEMA_VERSION, positions: bundle.positions },
    claims: { schemaVersion: SCHEMA_VERSION, claims: bundle.claims },
    disagreements: { schemaVersion: SCHEMA_VERSION, disagreements: bundle.disagreements },
    payloads: payloads(),
  };
}
