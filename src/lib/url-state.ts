// The shareable link format: a public API. Parsing never throws; anything it cannot use
// falls back to the default and is reported, so the page can say what it ignored.
// Only values that differ from the defaults are written, so links stay short.
import { ClaimMetric, Verification, type BundleIndex, type CollectionName } from '../schema/bundle.ts';
import { METRIC_MIGRATIONS } from './migrations/metrics.ts';
import { TOPIC_MIGRATIONS } from './migrations/topics.ts';
import { ACTOR_MIGRATIONS } from './migrations/actors.ts';
import { DEFAULT_VIEW_STATE, VIEW_COLLECTION, VIEWS, type ViewName, type ViewState } from './view-state.ts';

export interface IgnoredParam {
  param: string;
  raw: string;
  reason: string;
}

export interface ParsedView {
  state: ViewState;
  ignored: IgnoredParam[];
}

/**
 * Rewrites of old links into the current format, applied in order before parsing.
 * To rename a param, append a dated entry with its reason; never edit an old one.
 */
export const migrations: { date: string; reason: string; migrate: (params: URLSearchParams) => URLSearchParams }[] = [
  {
    date: '2026-11-23',
    reason: 'First published link format; nothing to rewrite yet. Kept as the pattern for later renames.',
    migrate: (params) => params,
  },
];

/** `~` rather than `,` or spaces: some sites rewrite `%20` to `+` and mangle commas. */
export const LIST_SEPARATOR = '~';
export const MAX_VALUE_LENGTH = 2000;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARAM_ORDER = ['view', 'from', 'to', 'actors', 'topics', 'metrics', 'status', 'changes', 'article', 'focus'] as const;
type ParamName = (typeof PARAM_ORDER)[number];
const KNOWN_PARAMS = new Set<string>(PARAM_ORDER);
const METRICS = new Set<string>(ClaimMetric.options);
const STATUSES = new Set<string>(Verification.options);

/** A calendar date that exists: 2025-02-30 does not. */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseList(param: string, raw: string, accepts: (item: string) => boolean, what: string, ignored: IgnoredParam[]) {
  const items: string[] = [];
  for (const item of raw.split(LIST_SEPARATOR)) {
    if (item === '') continue;
    if (!accepts(item)) ignored.push({ param, raw: item, reason: `not a known ${what}` });
    else if (!items.includes(item)) items.push(item);
  }
  return items;
}

function firstValues(params: URLSearchParams, ignored: IgnoredParam[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [param, raw] of params) {
    if (!KNOWN_PARAMS.has(param)) ignored.push({ param, raw, reason: 'not a setting this page knows' });
    else if (values.has(param)) ignored.push({ param, raw, reason: 'repeated; the first value was used' });
    else if (raw.length > MAX_VALUE_LENGTH) ignored.push({ param, raw: raw.slice(0, 80) + '…', reason: 'value too long' });
    else values.set(param, raw);
  }
  return values;
}

export function parseViewParams(search: string): ParsedView {
  const ignored: IgnoredParam[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...DEFAULT_VIEW_STATE }, ignored: [{ param: '', raw: String(search), reason: 'unreadable link' }] };
  }
  for (const { migrate } of migrations) params = migrate(params);
  for (const { migrate } of [...METRIC_MIGRATIONS, ...TOPIC_MIGRATIONS, ...ACTOR_MIGRATIONS]) {
    const result = migrate(params);
    params = result.params;
    // "metrics=population: removed …": the notice shows what the link held, then what became of it.
    for (const change of result.changed) {
      const colon = change.indexOf(': ');
      ignored.push(colon > 0 ? { param: '', raw: change.slice(0, colon), reason: change.slice(colon + 2) } : { param: '', raw: change, reason: 'changed by a link update' });
    }
  }
  const values = firstValues(params, ignored);
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const get = (param: ParamName) => values.get(param);
  const reject = (param: string, raw: string, reason: string) => ignored.push({ param, raw, reason });

  const view = get('view');
  if (view !== undefined) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as ViewName;
    else reject('view', view, `not one of ${VIEWS.join(', ')}`);
  }

  const dates: Partial<Record<'from' | 'to', string>> = {};
  for (const param of ['from', 'to'] as const) {
    const raw = get(param);
    if (raw === undefined) continue;
    if (isRealDate(raw)) dates[param] = raw;
    else reject(param, raw, 'not a real date in the form YYYY-MM-DD');
  }
  // A range that ends before it starts is kept as given, as the page keeps it: the page says
  // nothing can match, and the recipient of the link sees what the sender saw.
  state.from = dates.from ?? null;
  state.to = dates.to ?? null;

  const isId = (item: string) => ID_PATTERN.test(item);
  const actors = get('actors');
  if (actors !== undefined) state.actors = parseList('actors', actors, isId, 'actor id', ignored);
  const topics = get('topics');
  if (topics !== undefined) state.topics = parseList('topics', topics, isId, 'topic', ignored);
  const metrics = get('metrics');
  if (metrics !== undefined) state.metrics = parseList('metrics', metrics, (m) => METRICS.has(m), 'metric', ignored);
  const status = get('status');
  if (status !== undefined) {
    const accepted = parseList('status', status, (s) => STATUSES.has(s), 'verification status', ignored);
    state.status = accepted as ViewState['status'];
  }

  // A switch: `changes=1` turns it on; `0` is the default, accepted but never written.
  const changes = get('changes');
  if (changes === '1' || changes === '0') state.changes = changes === '1';
  else if (changes !== undefined) reject('changes', changes, 'not 1 or 0');

  for (const param of ['article', 'focus'] as const) {
    const raw = get(param);
    if (raw === undefined) continue;
    if (isId(raw)) state[param] = raw;
    else reject(param, raw, `not a valid ${param === 'article' ? 'article' : 'item'} id`);
  }
  return { state, ignored };
}

export function toViewParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const param of PARAM_ORDER) {
    const value = state[param];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(param, value.join(LIST_SEPARATOR));
    } else if (typeof value === 'boolean') {
      if (value) params.set(param, '1');
    } else if (value !== DEFAULT_VIEW_STATE[param]) {
      if (value !== null) params.set(param, value);
    }
  }
  return params;
}

/** The query string for a state, `''` for the default view, else starting with `?`. */
export function toSearch(state: ViewState): string {
  // `~` is unreserved in URLs; URLSearchParams escapes it anyway, which hides the list format.
  const query = toViewParams(state).toString().replaceAll('%7E', LIST_SEPARATOR);
  return query === '' ? '' : `?${query}`;
}

/** The ids a link may name, built once per loaded index: it is checked after every change. */
interface KnownIds {
  actors: Set<string>;
  topics: Set<string>;
  articles: Set<string>;
}
const knownIdsByIndex = new WeakMap<BundleIndex, KnownIds>();

function knownIds(index: BundleIndex): KnownIds {
  let known = knownIdsByIndex.get(index);
  if (!known) {
    known = {
      actors: new Set(index.actors.map((actor) => actor.id)),
      topics: new Set(index.topics),
      articles: new Set(index.articles.map((article) => article.id)),
    };
    knownIdsByIndex.set(index, known);
  }
  return known;
}

const itemIdsByCollection = new WeakMap<readonly { id: string }[], Set<string>>();

function itemIds(items: readonly { id: string }[]): Set<string> {
  let ids = itemIdsByCollection.get(items);
  if (!ids) {
    ids = new Set(items.map((item) => item.id));
    itemIdsByCollection.set(items, ids);
  }
  return ids;
}

/**
 * Whether `focus` can be shown, or null while that cannot be told yet. A focus means
 * something only where it is drawn: in the open article (the reader checks it against the
 * article's own items) or else in the view's collection, once that has loaded.
 */
function focusIsKnown(state: ViewState, index: BundleIndex, loaded: ReadonlySet<CollectionName>): boolean | null {
  if (state.focus === null || state.article !== null) return null;
  const collection = VIEW_COLLECTION[state.view];
  if (collection === null || !loaded.has(collection)) return null;
  return itemIds(index[collection]).has(state.focus);
}

/** Second pass, once the data is loaded: drops ids the bundle does not contain. */
export function validateAgainstIndex(state: ViewState, index: BundleIndex, loaded: ReadonlySet<CollectionName> = new Set()): ParsedView {
  const ignored: IgnoredParam[] = [];
  const keepKnown = (param: string, values: string[], known: Set<string>, what: string) =>
    values.filter((value) => {
      if (known.has(value)) return true;
      ignored.push({ param, raw: value, reason: `no ${what} with this id in the data` });
      return false;
    });
  const known = knownIds(index);
  const next: ViewState = {
    ...state,
    actors: keepKnown('actors', state.actors, known.actors, 'actor'),
    topics: keepKnown('topics', state.topics, known.topics, 'topic'),
  };
  if (state.article !== null && !known.articles.has(state.article)) {
    ignored.push({ param: 'article', raw: state.article, reason: 'no article with this id in the data' });
    next.article = null;
  }
  if (focusIsKnown(next, index, loaded) === false) {
    ignored.push({ param: 'focus', raw: state.focus!, reason: `no ${VIEW_COLLECTION[state.view]!.replace(/s$/, '')} with this id in the data` });
    next.focus = null;
  }
  return { state: ignored.length === 0 ? state : next, ignored };
}
