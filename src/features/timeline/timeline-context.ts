// What every entry needs to know about the collection, built once per data load.
import { useMemo } from 'react';
import { partyColour } from '../../lib/party-colours.ts';
import type { BundleIndex, Disagreement } from '../../schema/bundle.ts';
import { newestArticleDate } from './status.ts';

export interface TimelineContext {
  actorNames: ReadonlyMap<string, string>;
  /** "Reuters, 10 Mar 2022" by article id. */
  articleTitles: ReadonlyMap<string, string>;
  outletOf: ReadonlyMap<string, string>;
  colourOf: (actorId: string) => string;
  newestArticle: string;
  /** Date and place disagreements, by the id of each event they name. */
  disagreementsOf: ReadonlyMap<string, Disagreement[]>;
}

const EVENT_KINDS = new Set(['event-date', 'event-place']);

export function useTimelineContext(index: BundleIndex): TimelineContext {
  return useMemo(() => {
    const actors = new Map(index.actors.map((actor) => [actor.id, actor]));
    const disagreementsOf = new Map<string, Disagreement[]>();
    for (const disagreement of index.disagreements) {
      if (!EVENT_KINDS.has(disagreement.kind)) continue;
      for (const id of disagreement.items) disagreementsOf.set(id, [...(disagreementsOf.get(id) ?? []), disagreement]);
    }
    return {
      actorNames: new Map(index.actors.map((actor) => [actor.id, actor.name])),
      articleTitles: new Map(index.articles.map((article) => [article.id, `${article.outlet}, ${article.publishedAt}`])),
      outletOf: new Map(index.articles.map((article) => [article.id, article.outlet])),
      colourOf: (id: string) => partyColour(id, actors),
      newestArticle: newestArticleDate(index.articles),
      disagreementsOf,
    };
  }, [index]);
}
