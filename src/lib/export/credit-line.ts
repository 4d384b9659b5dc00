// The line every exported chart, table and file carries, so a figure shared out of context
// still says where it came from: title, outlets, dataset version, date and the link back.
import { SCHEMA_VERSION, type IndexArticle } from '../../schema/bundle.ts';

/** A stable name for the data a view was drawn from: schema, article count, latest article date. */
export function datasetVersion(articles: readonly Pick<IndexArticle, 'publishedAt'>[]): string {
  let latest = '';
  for (const article of articles) if (article.publishedAt > latest) latest = article.publishedAt;
  return `v${SCHEMA_VERSION}.${articles.length}${latest ? `.${latest}` : ''}`;
}

export interface Credit {
  title: string;
  outlets: readonly string[];
  version: string;
  /** The day the export was made, YYYY-MM-DD. */
  date: string;
  /** The link to the view as shown. */
  url: string;
}

const MAX_OUTLETS = 4;

export function creditLine({ title, outlets, version, date, url }: Credit): string {
  const unique = [...new Set(outlets)].sort();
  const named = unique.slice(0, MAX_OUTLETS).join(', ');
  const more = unique.length > MAX_OUTLETS ? ` and ${unique.length - MAX_OUTLETS} more` : '';
  const sources = unique.length > 0 ? `Sources: ${named}${more}. ` : '';
  return `${title}. ${sources}Peace Talks Tracker dataset ${version}, exported ${date}. ${url}`;
}
