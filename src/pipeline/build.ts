// Builds the bundle from articles already read and checked. A pure function of its
// inputs (no file system, no clock), so the same articles always give the same bundle
// and benchmarks can call it directly.
import { SCHEMA_VERSION, type Actor, type Article, type ArticleMeta, type Bundle, type Mention, type Range } from '../schema/bundle.ts';
import { actorsInBundle } from './actors/index.ts';
import { applyAnnotations } from './annotations/index.ts';
import type { AnnotationFile } from './annotations/schema.ts';
import { checkBundle } from './assemble/check-bundle.ts';
import { dropBoilerplateItems } from './assemble/drop-boilerplate-items.ts';
import { referencedActors } from './assemble/items.ts';
import { mentionsOf } from './assemble/mentions.ts';
import { sortItems } from './assemble/sort-items.ts';
import { findBoilerplate } from './boilerplate/index.ts';
import type { ActorHit } from './context.ts';
import { extractArticle, type ArticleItems } from './extractors/index.ts';
import { mergeAcrossArticles } from './refiners/index.ts';
import { findDisagreements } from './refiners/disagreements.ts';
import { readArticle, type ArticleReading } from './reading/index.ts';
import { rulesById } from './trace.ts';

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
  /** Item id → the ids of the rules that made it (`--explain`); the bundle itself drops them. */
  rules: Map<string, readonly string[]>;
}

export function buildBundle(inputs: BuildInputs): Bundle {
  return buildWithReport(inputs).bundle;
}

export function buildWithReport(inputs: BuildInputs): BuildReport {
  // One article at a time, from text to items: its reading can be freed as soon
  // as its items are out, so memory holds what the bundle keeps, not every article's sentences.
  const articles: Article[] = [];
  const perArticle: ArticleItems[] = [];
  const mentions: Mention[] = [];
  const spellings = new SpellingsSeen();
  // People the gazetteer does not know, as the first article that introduced them described them.
  const people = new Map<string, Actor>();
  for (const input of inputs.articles) {
    const { article, reading, introduced } = prepareArticle(input);
    for (const person of introduced) if (!people.has(person.id)) people.set(person.id, person);
    articles.push(article);
    perArticle.push(extractArticle(reading));
    for (const mention of mentionsOf(reading.articleId, reading.mentions)) mentions.push(mention);
    for (const hit of reading.mentions) spellings.add(hit);
  }
  const merged = mergeAcrossArticles(perArticle);

  const boilerplate = new Map(articles.map((article) => [article.id, article.boilerplate]));
  const { items: clean, dropped } = dropBoilerplateItems(merged, boilerplate);
  const texts = new Map(articles.map((article) => [article.id, article]));
  const { items: curated, warnings } = applyAnnotations(clean, inputs.annotations, texts, inputs.annotationsText);
  const items = sortItems(curated, inputs.articles.map((article) => article.id));
  const rules = rulesById(items);

  const bundle = checkBundle({
    schemaVersion: SCHEMA_VERSION,
    articles,
    actors: actorsInBundle(spellings.hits(), referencedActors(items), people),
    ...items,
    mentions,
    disagreements: findDisagreements(items, articles),
  });
  return { bundle, droppedFromBoilerplate: dropped, warnings, rules };
}

/** One hit per actor and spelling: all the actor list needs, without keeping every hit of every article. */
class SpellingsSeen {
  /** By actor, then spelling: both are the gazetteer's own strings, so no key is built per hit. */
  private readonly seen = new Map<string, Map<string, ActorHit>>();

  add(hit: ActorHit): void {
    let spellings = this.seen.get(hit.actor);
    if (!spellings) {
      spellings = new Map();
      this.seen.set(hit.actor, spellings);
    }
    if (!spellings.has(hit.alias)) spellings.set(hit.alias, hit);
  }

  *hits(): Iterable<ActorHit> {
    for (const spellings of this.seen.values()) yield* spellings.values();
  }
}

function prepareArticle(input: ArticleInput): { article: Article; reading: ArticleReading; introduced: Actor[] } {
  const { text, ...meta } = input;
  const boilerplate: Range[] = findBoilerplate(text, { publishedAt: meta.publishedAt, language: meta.language });
  const { reading, people } = readArticle({ articleId: meta.id, text, publishedAt: meta.publishedAt, language: meta.language, boilerplate });
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
  return { article, reading, introduced: people };
}
