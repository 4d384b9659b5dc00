// Adds an item the extractors miss, unless they found it after all: then the found
// item is confirmed instead, so no fact is listed twice.
import type { Evidence } from '../../schema/bundle.ts';
import type { ArticleItems } from '../extractors/index.ts';
import { itemId } from '../extractors/ids.ts';
import type { AnyItem } from '../assemble/items.ts';
import { fieldsMatch, overlaps } from './match.ts';
import { traced } from '../trace.ts';
import { KEY_FIELDS, LIST_OF, SCHEMA_OF } from './kinds.ts';
import type { Annotation } from './schema.ts';

export interface CuratedResult {
  problem?: string;
  warning?: string;
}

type AddEntry = Extract<Annotation, { action: 'add' }>;

const DEFAULTS = {
  event: { endDate: null, place: null, participants: [], dateBasis: { kind: 'explicit', phrase: '', note: 'Date set by a curated annotation.' } },
  position: {},
  claim: { valueHigh: null, qualifier: null, subject: null, asOf: null, verificationEvidence: null },
  quote: {},
} as const;

/** Finds other words in the cited article (used for a claim's verification sentence). */
export type Locate = (quote: string) => Evidence | string;

export function addCurated(entry: AddEntry, cite: Evidence, items: ArticleItems, locate: Locate): CuratedResult {
  const list = LIST_OF[entry.kind];
  const current = items[list] as AnyItem[];
  const keys = entry.match ?? Object.fromEntries(KEY_FIELDS[entry.kind].map((key) => [key, entry.item[key]]));
  const sameFact = (item: AnyItem) =>
    fieldsMatch(item, keys as Record<string, unknown>) && (overlaps(item, cite) || entry.kind === 'event');
  if (current.some(sameFact)) {
    (items[list] as AnyItem[]) = current.map((item) =>
      sameFact(item) && item.origin === 'extracted' ? traced({ ...item, origin: 'confirmed' as const }, 'annotations/add-confirms') : item,
    );
    return { warning: 'the extractors now find this item; it was confirmed, not added (consider "confirm")' };
  }
  const verification = entry.verificationQuote ? locate(entry.verificationQuote) : undefined;
  if (typeof verification === 'string') return { problem: `verificationQuote: ${verification}` };
  const candidate = {
    ...DEFAULTS[entry.kind],
    ...entry.item,
    ...(verification ? { verificationEvidence: verification } : {}),
    id: itemId(entry.kind, 'curated', cite.articleId, cite.start, cite.end, JSON.stringify(keys)),
    origin: 'curated',
    evidence: [cite],
  };
  const parsed = SCHEMA_OF[entry.kind].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `"item" is not a valid ${entry.kind}: ${issue?.path.join('.')}: ${issue?.message}` };
  }
  (items[list] as AnyItem[]) = [...current, traced(parsed.data as AnyItem, 'annotations/add')];
  return {};
}
