// Which rules made an item. Extractors are ordered lists of small rules, each with an id;
// an item remembers the ids of the rules that made and refined it, so `npm run data --
// --explain ITEM_ID` can show why it says what it says. The trace is not part of the bundle:
// the bundle's schema strips it when the bundle is checked.

export interface Traced {
  /** Rule ids in the order they applied, e.g. ["claims/list-shares-source", "claimant/said-after"]. */
  rules?: string[];
}

/** Adds rule ids to an item's trace (in place) and returns the item. */
export function traced<T extends object>(item: T, ...rules: string[]): T & Traced {
  const target = item as T & Traced;
  target.rules = [...(target.rules ?? []), ...rules];
  return target;
}

/** The rule ids recorded on an item, or none. */
export const rulesOf = (item: object): readonly string[] => (item as Traced).rules ?? [];

/**
 * Item id → the rules that made it, for every item that recorded any. Read before the bundle
 * is checked, since the check strips the traces.
 */
export function rulesById<List extends string>(lists: Record<List, readonly { id: string }[]>): Map<string, readonly string[]> {
  const rules = new Map<string, readonly string[]>();
  for (const list of Object.values<readonly { id: string }[]>(lists)) {
    for (const item of list) {
      const ids = rulesOf(item);
      if (ids.length > 0) rules.set(item.id, ids);
    }
  }
  return rules;
}
