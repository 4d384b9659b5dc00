// Where each kind of item lives in the bundle, and the schema it must satisfy.
import { Claim, Position, Quote, TalksEvent } from '../../schema/bundle.ts';
import type { ItemKind } from './schema.ts';

export const LIST_OF = { event: 'events', position: 'positions', claim: 'claims', quote: 'quotes' } as const satisfies Record<
  ItemKind,
  string
>;

export const SCHEMA_OF = { event: TalksEvent, position: Position, claim: Claim, quote: Quote } as const;

/** The fields that say which item an `add` entry means, when it gives no `match` of its own. */
export const KEY_FIELDS: Record<ItemKind, string[]> = {
  event: ['kind', 'date'],
  position: ['actor', 'topic'],
  claim: ['metric', 'value'],
  quote: ['speaker'],
};
