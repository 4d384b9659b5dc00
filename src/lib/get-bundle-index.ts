// The index the whole dashboard reads: fetcher, query options and hook in one place, so
// every caller shares one query key. Anything wrong with the file becomes a sentence a
// reader can act on, not a stack trace.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { BundleIndex, SCHEMA_VERSION } from '../schema/bundle.ts';

export class BundleLoadError extends Error {
  override name = 'BundleLoadError';
}

export function bundleIndexUrl(): string {
  return `${import.meta.env.BASE_URL}data/bundle/index.json`;
}

const MAX_ISSUES_SHOWN = 3;

/** Turns whatever the server sent into a valid index, or says plainly why it is not one. */
export function readBundleIndex(raw: unknown): BundleIndex {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new BundleLoadError(`This bundle is version ${version}; this dashboard reads version ${SCHEMA_VERSION}.`);
  }
  const result = BundleIndex.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  const more = result.error.issues.length - issues.length;
  throw new BundleLoadError(
    `The data does not match what this dashboard expects — ${issues.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}.`,
  );
}

export async function getBundleIndex(signal?: AbortSignal): Promise<BundleIndex> {
  const url = bundleIndexUrl();
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
  return readBundleIndex(raw);
}

export const bundleIndexQueryOptions = queryOptions({
  queryKey: ['bundle-index'],
  queryFn: ({ signal }) => getBundleIndex(signal),
  staleTime: Infinity,
});

export function useBundleIndex() {
  return useQuery(bundleIndexQueryOptions);
}
