// Walking the four item lists as one, for the steps that treat every item alike.
import type { Claim, Evidence, Position, Quote, TalksEvent } from '../../schema/bundle.ts';
import type { ArticleItems } from '../extractors/index.ts';

export type AnyItem = TalksEvent | Position | Claim | Quote;

export const ITEM_LISTS = ['events', 'positions', 'claims', 'quotes'] as const;

/** Every evidence piece an item rests on, including a claim's verification sentence. */
export function evidenceOf(item: AnyItem): Evidence[] {
  const extra = 'verificationEvidence' in item && item.verificationEvidence ? [item.verificationEvidence] : [];
  return [...item.evidence, ...extra];
}

export function mapItems(items: ArticleItems, keep: <T extends AnyItem>(item: T) => T | null): ArticleItems {
  const pass = <T extends AnyItem>(list: T[]) => list.flatMap((item) => keep(item) ?? []);
  return {
    events: pass(items.events),
    positions: pass(items.positions),
    claims: pass(items.claims),
    quotes: pass(items.quotes),
  };
}

/** Actor ids items refer to, so the bundle's actor list covers them even if unnamed in text. */
export function referencedActors(items: ArticleItems): string[] {
  return [
    ...items.events.flatMap((event) => event.participants),
    ...items.positions.map((position) => position.actor),
    ...items.claims.flatMap((claim) => [claim.claimant, claim.subject ?? '']),
    ...items.quotes.map((quote) => quote.speaker),
  ].filter(Boolean);
}
