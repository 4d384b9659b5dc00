// Which items of the loaded index pass the current filters. Pure: the app memoises the
// result with useMemo, and every view reads the same slice so counts agree everywhere.
import type { BundleIndex, Claim, IndexArticle, Position, Quote, TalksEvent } from '../schema/bundle.ts';
import type { ViewState } from './view-state.ts';

export interface FilteredIndex {
  events: TalksEvent[];
  positions: Position[];
  claims: Claim[];
  quotes: Quote[];
  articles: IndexArticle[];
  /** Actor ids the actor filter lets through: every actor when no actor is chosen. */
  actorsInScope: Set<string>;
}

export type FilterFields = Pick<ViewState, 'from' | 'to' | 'actors' | 'topics' | 'metrics' | 'status'>;

/** The chosen actors plus everyone who speaks for them (a state brings its people, and theirs). */
export function actorsInScope(index: BundleIndex, chosen: readonly string[]): Set<string> {
  if (chosen.length === 0) return new Set(index.actors.map((actor) => actor.id));
  const scope = new Set(chosen);
  let grew = true;
  while (grew) {
    grew = false;
    for (const actor of index.actors) {
      if (actor.party && scope.has(actor.party) && !scope.has(actor.id)) {
        scope.add(actor.id);
        grew = true;
      }
    }
  }
  return scope;
}

function dateWithin(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}

/** An event that spans several days passes when any of its days falls in the range. */
function eventOverlaps(event: TalksEvent, from: string | null, to: string | null): boolean {
  const last = event.endDate ?? event.date;
  return (from === null || last >= from) && (to === null || event.date <= to);
}

export function hasActiveFilters(filters: FilterFields): boolean {
  return (
    filters.from !== null ||
    filters.to !== null ||
    filters.actors.length > 0 ||
    filters.topics.length > 0 ||
    filters.metrics.length > 0 ||
    filters.status.length > 0
  );
}

export function filterIndex(index: BundleIndex, filters: FilterFields): FilteredIndex {
  const { from, to } = filters;
  const scope = actorsInScope(index, filters.actors);
  const anyActor = filters.actors.length === 0;
  const inScope = (id: string | null) => anyActor || (id !== null && scope.has(id));
  const topics = new Set(filters.topics);
  const metrics = new Set(filters.metrics);
  const statuses = new Set<string>(filters.status);

  return {
    events: index.events.filter(
      (event) => eventOverlaps(event, from, to) && (anyActor || event.participants.some((id) => scope.has(id))),
    ),
    positions: index.positions.filter(
      (position) =>
        dateWithin(position.date, from, to) &&
        inScope(position.actor) &&
        (topics.size === 0 || topics.has(position.topic)),
    ),
    claims: index.claims.filter(
      (claim) =>
        dateWithin(claim.date, from, to) &&
        (inScope(claim.claimant) || inScope(claim.subject)) &&
        (metrics.size === 0 || metrics.has(claim.metric)) &&
        (statuses.size === 0 || statuses.has(claim.verification)),
    ),
    quotes: index.quotes.filter((quote) => dateWithin(quote.date, from, to) && inScope(quote.speaker)),
    articles: index.articles.filter(
      (article) =>
        dateWithin(article.publishedAt, from, to) && (anyActor || article.actors.some((id) => scope.has(id))),
    ),
    actorsInScope: scope,
  };
}
