// The bundle's mentions: one record per actor per article, every place it is named.
import type { Mention } from '../../schema/bundle.ts';
import type { ActorHit } from '../context.ts';

export function mentionsOf(articleId: string, hits: ActorHit[]): Mention[] {
  const byActor = new Map<string, ActorHit[]>();
  for (const hit of hits) {
    const list = byActor.get(hit.actor);
    if (list) list.push(hit);
    else byActor.set(hit.actor, [hit]);
  }
  return [...byActor.keys()].sort().map((actor) => ({
    actor,
    evidence: byActor.get(actor)!.map((hit) => ({ articleId, start: hit.start, end: hit.end, quote: hit.alias })),
  }));
}
