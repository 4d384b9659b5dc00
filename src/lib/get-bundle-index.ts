// The bundle as the dashboard loads it: the index every view needs, and each collection
// fetched by the view that draws it. Fetchers, query options and hooks live in one place so
// every caller shares one query key. Anything wrong with a file becomes a sentence a reader
// can act on, not a stack trace.
import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  ClaimsFile,
  DisagreementsFile,
  EventsFile,
  IndexFile,
  PositionsFile,
  SCHEMA_VERSION,
  type BundleIndex,
  type CollectionName,
} from '../schema/bundle.ts';

export class BundleLoadError extends Error {
  override name = 'BundleLoadError';
}

export const bundleFileUrl = (name: string) => `${import.meta.env.BASE_URL}data/bundle/${name}.json`;

const MAX_ISSUES_SHOWN = 3;

interface Schema<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** Turns whatever the server sent into valid data, or says plainly why it is not. */
export function readBundleFile<T>(schema: Schema<T>, raw: unknown): T {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new BundleLoadError(`This bundle is version ${version}; this dashboard reads version ${SCHEMA_VERSION}.`);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  const more = result.error.issues.length - issues.length;
  throw new BundleLoadError(
    `The data does not match what this dashboard expects — ${issues.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}.`,
  );
}

async function fetchBundleFile<T>(name: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const url = bundleFileUrl(name);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new BundleLoadError(`Could not reach ${url}. Check the connection and try again.`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new BundleLoadError(`Could not load the data: the server answered HTTP ${status} for ${url}.`);
  }
  const body = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new BundleLoadError(`The data file at ${url} is not valid JSON.`);
  }
  return readBundleFile(schema, raw);
}

export const getBundleIndex = (signal?: AbortSignal) => fetchBundleFile('index', IndexFile, signal);

export const bundleIndexQueryOptions = queryOptions({
  queryKey: ['bundle', 'index'],
  queryFn: ({ signal }) => getBundleIndex(signal),
  staleTime: Infinity,
});

export function useBundleIndex() {
  return useQuery(bundleIndexQueryOptions);
}

const COLLECTION_SCHEMAS = { events: EventsFile, positions: PositionsFile, claims: ClaimsFile, disagreements: DisagreementsFile } as const;

export async function getCollection<K extends CollectionName>(name: K, signal?: AbortSignal): Promise<BundleIndex[K]> {
  const file = (await fetchBundleFile(name, COLLECTION_SCHEMAS[name] as Schema<Record<K, BundleIndex[K]>>, signal)) as Record<K, BundleIndex[K]>;
  return file[name];
}

export const collectionQueryOptions = <K extends CollectionName>(name: K) =>
  queryOptions({
    queryKey: ['bundle', name],
    queryFn: ({ signal }) => getCollection(name, signal),
    staleTime: Infinity,
  });

/** A collection, fetched once `needed` is first true and kept after (a view left and reopened draws at once). */
export function useCollection<K extends CollectionName>(name: K, needed: boolean) {
  return useQuery({ ...collectionQueryOptions(name), enabled: needed });
}
