// Builds the bundle from articles already read and checked. A pure function of its
// inputs (no file system, no clock), so the same articles always give the same bundle
// and benchmarks can call it directly.
import { SCHEMA_VERSION, type ArticleMeta, type Bundle, type Range } from '../schema/bundle.ts';
import { actorsInBundle, findMentions, GAZETTEER } from './actors/index.ts';
import { applyAnnotations } from './annotations/index.ts';
import type { AnnotationFile } from './annotations/schema.ts';
import { checkBundle } from './assemble/check-bundle.ts';
import { dropBoilerplateItems } from './assemble/drop-boilerplate-items.ts';
import { referencedActors } from './assemble/items.ts';
import { mentionsOf } from './assemble/mentions.ts';
import { sortItems } from './assemble/sort-items.ts';
import { findBoilerplate } from './boilerplate/index.ts';
import type { ActorHit, ArticleContext } from './context.ts';
import { extractArticle } from './extractors/index.ts';
import { mergeAcrossArticles } from './refiners/index.ts';
import { splitSentences } from './sentences.ts';

export interface ArticleInput extends ArticleMeta {
  /** UTF-8 decoded, BOM stripped, line endings as in the file. */
  text: string;
}

export interface BuildInputs {
  articles: ArticleInput[];
  annotations: AnnotationFile | null;
  /** The annotations file as written, so a bad entry can be reported at its line. */
  annotationsText?: string;
}

export interface BuildReport {
  bundle: Bundle;
  /** Items removed because their evidence lies in boilerplate. */
  droppedFromBoilerplate: number;
  /** Curated entries that no longer match anything, and the like. */
  warnings: string[];
}

export function buildBundle(inputs: BuildInputs): Bundle {
  return buildWithReport(inputs).bundle;
}

export function buildWithReport(inputs: BuildInputs): BuildReport {
  const prepared = inputs.articles.map(prepareArticle);
  const merged = mergeAcrossArticles(prepared.map(({ context }) => extractArticle(context)));

  const boilerplate = new Map(prepared.map(({ article }) => [article.id, article.boilerplate]));
  const { items: clean, dropped } = dropBoilerplateItems(merged, boilerplate);
  const texts = new Map(prepared.map(({ article }) => [article.id, article]));
  const { items: curated, warnings } = applyAnnotations(clean, inputs.annotations, texts, inputs.annotationsText);
  const items = sortItems(curated, inputs.articles.map((article) => article.id));

  const hits = prepared.flatMap(({ context }) => context.mentions);
  const bundle = checkBundle({
    schemaVersion: SCHEMA_VERSION,
    articles: prepared.map(({ article }) => article),
    actors: actorsInBundle(hits, referencedActors(items)),
    ...items,
    mentions: prepared.flatMap(({ context }) => mentionsOf(context.articleId, context.mentions)),
  });
  return { bundle, droppedFromBoilerplate: dropped, warnings };
}

function prepareArticle(input: ArticleInput): { article: Bundle['articles'][number]; context: ArticleContext } {
  const { text, ...meta } = input;
  const boilerplate: Range[] = findBoilerplate(text, { publishedAt: meta.publishedAt, language: meta.language });
  const sentences = splitSentences(text, boilerplate);
  const mentions: ActorHit[] = findMentions(text, sentences, { date: meta.publishedAt });
  const article = {
    id: meta.id,
    file: meta.file,
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url,
    publishedAt: meta.publishedAt,
    language: meta.language,
    dateNote: meta.dateNote,
    text,
    boilerplate,
  };
  const context: ArticleContext = {
    articleId: meta.id,
    text,
    publishedAt: meta.publishedAt,
    sentences,
    mentions,
    actors: GAZETTEER,
  };
  return { article, context };
}
