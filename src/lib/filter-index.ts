// Which items of the loaded index pass the current filters. Pure: the app memoises the
// result with useMemo, and every view reads the same slice so counts agree everywhere.
import type { BundleIndex, Claim, IndexArticle, Position, TalksEvent } from '../schema/bundle.ts';
import type { ViewState } from './view-state.ts';

export interface FilteredIndex {
  events: TalksEvent[];
  positions: Position[];
  claims: Claim[];
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

/** First and last date of arrays whose dates are already known, so the summary need not scan them. */
const knownSpans = new WeakMap<object, { first: string; last: string }>();

/** The first and last date of `items` when filtering already knew them, else undefined. */
export function knownDateSpan(items: readonly unknown[]): { first: string; last: string } | undefined {
  return knownSpans.get(items);
}

/**
 * The items that pass `test`, in their original order. With no test the collection itself is
 * returned: on a large corpus most changes leave some collections unfiltered, and copying
 * them would make every view re-render rows that did not change.
 */
function keep<T>(items: T[], test: ((item: T) => boolean) | null, dateOf?: (item: T) => string): T[] {
  if (test === null) return items;
  const kept: T[] = [];
  // The summary's date span, noted while each item is at hand rather than in a second pass.
  let first = '';
  let last = '';
  for (const item of items) {
    if (!test(item)) continue;
    kept.push(item);
    if (dateOf) {
      const date = dateOf(item);
      if (date && (first === '' || date < first)) first = date;
      if (date > last) last = date;
    }
  }
  if (dateOf && first !== '') knownSpans.set(kept, { first, last });
  return kept;
}

/** A collection's dates in ascending order, with where each item sits in the collection. */
interface DateOrder {
  dates: string[];
  positions: Int32Array;
}

const dateOrders = new WeakMap<object, DateOrder>();


/** Built once per collection, so a date range is two binary searches rather than a full scan. */
function dateOrderOf<T>(items: T[], dateOf: (item: T) => string): DateOrder {
  let order = dateOrders.get(items);
  if (!order) {
    const itemDates = items.map(dateOf);
    const positions = Int32Array.from(itemDates.keys()).sort((a, b) => {
      const left = itemDates[a]!;
      const right = itemDates[b]!;
      return left < right ? -1 : left > right ? 1 : a - b;
    });
    order = { dates: Array.from(positions, (at) => itemDates[at]!), positions };
    dateOrders.set(items, order);
    const [first, last] = [order.dates[0], order.dates[order.dates.length - 1]];
    if (first && last) knownSpans.set(items, { first, last });
  }
  return order;
}

/** The first place in ascending `dates` where `date` could go (before equal dates, or after them). */
function boundary(dates: string[], date: string, afterEqual: boolean): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const here = dates[middle]!;
    if (here < date || (afterEqual && here === date)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items dated within the range, in their original order. */
function withinDates<T>(items: T[], dateOf: (item: T) => string, from: string | null, to: string | null): T[] {
  if (from === null && to === null) return items;
  const { dates, positions } = dateOrderOf(items, dateOf);
  const first = from === null ? 0 : boundary(dates, from, false);
  const end = to === null ? dates.length : boundary(dates, to, true);
  if (first >= end) return [];
  if (first === 0 && end === dates.length) return items;
  const within = Array.from(positions.slice(first, end).sort(), (at) => items[at]!);
  if (dates[first] && dates[end - 1]) knownSpans.set(within, { first: dates[first], last: dates[end - 1]! });
  return within;
}

const positionDate = (position: Position) => position.date;
const claimDate = (claim: Claim) => claim.date;
const articleDate = (article: IndexArticle) => article.publishedAt;

/** Builds the date orders ahead of the first filter change, e.g. while the page is idle. */
export function prepareFilterIndex(index: BundleIndex): void {
  dateOrderOf(index.positions, positionDate);
  dateOrderOf(index.claims, claimDate);
  dateOrderOf(index.articles, articleDate);
}

export function filterIndex(index: BundleIndex, filters: FilterFields): FilteredIndex {
  const { from, to } = filters;
  const scope = actorsInScope(index, filters.actors);
  const anyActor = filters.actors.length === 0;
  const anyDate = from === null && to === null;
  const inScope = (id: string | null) => id !== null && scope.has(id);
  const anyInScope = (ids: readonly string[]) => {
    for (const id of ids) if (scope.has(id)) return true;
    return false;
  };
  const topics = new Set(filters.topics);
  const metrics = new Set(filters.metrics);
  const statuses = new Set<string>(filters.status);

  return {
    events: keep(
      index.events,
      anyDate && anyActor ? null : (event) => eventOverlaps(event, from, to) && (anyActor || anyInScope(event.participants)),
    ),
    positions: keep(
      withinDates(index.positions, positionDate, from, to),
      anyActor && topics.size === 0
        ? null
        : // A person's statements are filed under their party: choosing the person finds them by speaker.
          (position) => (anyActor || inScope(position.actor) || inScope(position.speaker ?? null)) && (topics.size === 0 || topics.has(position.topic)),
      positionDate,
    ),
    claims: keep(
      withinDates(index.claims, claimDate, from, to),
      anyActor && metrics.size === 0 && statuses.size === 0
        ? null
        : (claim) =>
            (anyActor || inScope(claim.claimant) || inScope(claim.subject)) &&
            (metrics.size === 0 || metrics.has(claim.metric)) &&
            (statuses.size === 0 || statuses.has(claim.verification)),
      claimDate,
    ),
    articles: keep(
      withinDates(index.articles, articleDate, from, to),
      anyActor ? null : (article) => anyInScope(article.actors),
      articleDate,
    ),
    actorsInScope: scope,
  };
}
