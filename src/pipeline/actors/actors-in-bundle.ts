// The bundle lists only actors the articles name or the items refer to, each with
// the distinct spellings seen, so the app can show "also written as".
import type { Actor } from '../../schema/bundle.ts';
import type { ActorHit } from '../context.ts';
import { GAZETTEER } from './gazetteer.ts';

export function actorsInBundle(hits: Iterable<ActorHit>, referencedIds: Iterable<string>): Actor[] {
  const spellings = new Map<string, Set<string>>();
  for (const hit of hits) {
    const seen = spellings.get(hit.actor) ?? new Set<string>();
    seen.add(hit.alias);
    spellings.set(hit.actor, seen);
  }
  for (const id of referencedIds) {
    if (GAZETTEER.has(id) && !spellings.has(id)) spellings.set(id, new Set());
  }
  return [...spellings.keys()]
    .sort()
    .map((id) => ({ ...GAZETTEER.get(id)!, aliases: [...spellings.get(id)!].sort() }));
}
