// The bundle lists only actors the articles name or the items refer to, each with
// the distinct spellings seen, so the app can show "also written as".
import type { Actor } from '../../schema/bundle.ts';
import type { ActorHit } from '../context.ts';
import { GAZETTEER } from './gazetteer.ts';

/** `people`: actors the articles introduced that the gazetteer does not know. */
export function actorsInBundle(hits: Iterable<ActorHit>, referencedIds: Iterable<string>, people: ReadonlyMap<string, Actor> = new Map()): Actor[] {
  const known = (id: string) => GAZETTEER.get(id) ?? people.get(id);
  const spellings = new Map<string, Set<string>>();
  for (const hit of hits) {
    if (!known(hit.actor)) continue;
    const seen = spellings.get(hit.actor) ?? new Set<string>();
    seen.add(hit.alias);
    spellings.set(hit.actor, seen);
  }
  for (const id of referencedIds) {
    if (known(id) && !spellings.has(id)) spellings.set(id, new Set());
  }
  return [...spellings.keys()]
    .sort()
    .map((id) => ({ ...known(id)!, aliases: [...spellings.get(id)!].sort() }));
}
