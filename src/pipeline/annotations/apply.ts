// Applies the curated layer to the extracted items. Entries are matched to items by
// kind, by their quote overlapping the item's evidence, and by any `match` fields.
// A quote that cannot be found verbatim is an input error; an entry that no longer
// matches anything is only a warning, since the extractors keep improving.
import type { Evidence, Range } from '../../schema/bundle.ts';
import { InputError, InputErrors } from '../errors.ts';
import { jsonWhere } from '../input/json-location.ts';
import type { ArticleItems } from '../extractors/index.ts';
import type { AnyItem } from '../assemble/items.ts';
import { ANNOTATIONS_FILE, type Annotation, type AnnotationFile } from './schema.ts';
import { addCurated, type CuratedResult, type Locate } from './add-item.ts';
import { LIST_OF, SCHEMA_OF } from './kinds.ts';
import { locateQuote } from './locate.ts';
import { fieldsMatch, overlaps } from './match.ts';
import { rulesOf, traced } from '../trace.ts';

export interface AnnotatedArticle {
  text: string;
  boilerplate: Range[];
}

export interface AnnotationResult {
  items: ArticleItems;
  warnings: string[];
}

export function applyAnnotations(
  extracted: ArticleItems,
  file: AnnotationFile | null,
  articles: ReadonlyMap<string, AnnotatedArticle>,
  sourceText?: string,
): AnnotationResult {
  const where = (index: number) => (sourceText ? jsonWhere(sourceText, ['entries', index, 'cite', 'quote']) : {});
  const items: ArticleItems = { ...extracted };
  const warnings: string[] = [];
  const problems: InputError[] = [];
  (file?.entries ?? []).forEach((entry, index) => {
    const label = `entries[${index}] (${entry.action} ${entry.kind})`;
    const located = locateQuote(entry.cite, articles);
    if (typeof located === 'string') {
      problems.push(new InputError(ANNOTATIONS_FILE, `${label}: ${located}`, where(index)));
      return;
    }
    const locate = (quote: string) => locateQuote({ article: entry.cite.article, quote }, articles);
    const outcome = applyEntry(entry, located, items, locate);
    if (outcome.problem) problems.push(new InputError(ANNOTATIONS_FILE, `${label}: ${outcome.problem}`, where(index)));
    if (outcome.warning) warnings.push(`${ANNOTATIONS_FILE}: ${label}: ${outcome.warning}`);
  });
  if (problems.length > 0) throw new InputErrors(problems);
  return { items, warnings };
}

function applyEntry(entry: Annotation, cite: Evidence, items: ArticleItems, locate: Locate): CuratedResult {
  const list = LIST_OF[entry.kind];
  const current = items[list] as AnyItem[];
  const matches = (item: AnyItem) => overlaps(item, cite) && fieldsMatch(item, entry.match);
  const found = current.filter(matches);
  if (entry.action === 'add') return addCurated(entry, cite, items, locate);
  if (found.length === 0) return { warning: `no extracted ${entry.kind} matches "${cite.quote.slice(0, 60)}"` };
  if (entry.action === 'suppress') {
    (items[list] as AnyItem[]) = current.filter((item) => !matches(item));
    return {};
  }
  if (entry.action === 'confirm') {
    // A corrected or curated item already carries a person's judgement; keep saying so.
    const confirm = (item: AnyItem) => matches(item) && item.origin === 'extracted';
    (items[list] as AnyItem[]) = current.map((item) =>
      confirm(item) ? traced({ ...item, origin: 'confirmed' as const }, 'annotations/confirm') : item,
    );
    return {};
  }
  const replaced: AnyItem[] = [];
  for (const item of current) {
    if (!matches(item)) {
      replaced.push(item);
      continue;
    }
    const corrected = SCHEMA_OF[entry.kind].safeParse({ ...item, ...entry.set, id: item.id, origin: 'corrected' });
    if (!corrected.success) return { problem: `"set" makes an invalid ${entry.kind}: ${corrected.error.issues[0]?.message}` };
    // The id stays: links to the item keep working once it is corrected.
    replaced.push(traced(corrected.data as AnyItem, ...rulesOf(item), 'annotations/correct'));
  }
  (items[list] as AnyItem[]) = replaced;
  return {};
}
