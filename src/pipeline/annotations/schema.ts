// The curated layer: a short, hand-kept list of corrections to what the extractors
// found. Every entry cites a verbatim quote from one article, so each decision can be
// checked against the text it is about.
import { z } from 'zod';

export const ANNOTATIONS_FILE = 'annotations.json';

export const ItemKind = z.enum(['event', 'position', 'claim', 'quote']);

/** Words copied exactly from an article; the pipeline finds them to get offsets. */
export const Cite = z.object({
  article: z.string().min(1),
  quote: z.string().min(1),
});

/** Field values an extracted item must also have to count as the one meant (e.g. `{"metric": "tanks"}`). */
const Match = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const base = {
  kind: ItemKind,
  cite: Cite,
  match: Match.optional(),
  /** Why this entry exists, for the next person who reads the file. */
  note: z.string().optional(),
};

/** The extracted item is right: mark it confirmed. */
const Confirm = z.object({ action: z.literal('confirm'), ...base });
/** The extracted item is found but some fields are wrong: overwrite them. */
const Correct = z.object({
  action: z.literal('correct'),
  ...base,
  set: z.record(z.string(), z.unknown()).refine((set) => !('id' in set || 'origin' in set || 'evidence' in set), {
    message: '"set" may not change id, origin or evidence',
  }),
});
/** The extracted item should not be there (a misreading): remove it. */
const Suppress = z.object({ action: z.literal('suppress'), ...base, reason: z.string().min(1) });
/**
 * An item the extractors miss. If they find it after all, it is confirmed instead
 * of added twice. `item` holds every field but id, origin and evidence.
 */
const Add = z.object({
  action: z.literal('add'),
  ...base,
  item: z.record(z.string(), z.unknown()),
  /** For claims: words in the same article that state whether the figure was verified. */
  verificationQuote: z.string().min(1).optional(),
});

export const Annotation = z.discriminatedUnion('action', [Confirm, Correct, Suppress, Add]);
export const AnnotationFile = z.object({ entries: z.array(Annotation) });

export type ItemKind = z.infer<typeof ItemKind>;
export type Annotation = z.infer<typeof Annotation>;
export type AnnotationFile = z.infer<typeof AnnotationFile>;
