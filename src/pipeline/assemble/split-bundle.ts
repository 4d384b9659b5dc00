// The app's copy of the bundle: a small index to load first (no article text, no
// mentions) and one payload per article, fetched when a reader opens it.
import { ArticlePayload, BundleIndex, SCHEMA_VERSION, type Bundle } from '../../schema/bundle.ts';

export interface SplitBundle {
  index: BundleIndex;
  payloads: ArticlePayload[];
}

export function splitBundle(bundle: Bundle): SplitBundle {
  const mentionsByArticle = new Map<string, Bundle['mentions']>();
  for (const mention of bundle.mentions) {
    const articleId = mention.evidence[0]!.articleId;
    const list = mentionsByArticle.get(articleId);
    if (list) list.push(mention);
    else mentionsByArticle.set(articleId, [mention]);
  }
  const index: BundleIndex = {
    schemaVersion: SCHEMA_VERSION,
    articles: bundle.articles.map(({ text, boilerplate: _boilerplate, ...meta }) => ({
      ...meta,
      actors: (mentionsByArticle.get(meta.id) ?? []).map((mention) => mention.actor),
      length: text.length,
    })),
    actors: bundle.actors,
    events: bundle.events,
    positions: bundle.positions,
    claims: bundle.claims,
    quotes: bundle.quotes,
  };
  const payloads = bundle.articles.map((article) => ({
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    text: article.text,
    boilerplate: article.boilerplate,
    mentions: mentionsByArticle.get(article.id) ?? [],
  }));
  // The app validates what it loads with these schemas; check here so it never has to refuse.
  return { index: BundleIndex.parse(index), payloads: payloads.map((payload) => ArticlePayload.parse(payload)) };
}
