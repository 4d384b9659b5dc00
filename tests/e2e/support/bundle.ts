// The built data the site serves, read from the served snapshot of dist/ so tests know ids and counts without
// hard-coding what the pipeline happens to extract today.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import type { BundleIndex } from '../../../src/schema/bundle.ts';

export const INDEX_PATH = 'data/bundle/index.json';
/** Route patterns for the data the app fetches. */
export const INDEX_ROUTE = `**/${INDEX_PATH}`;
export const ARTICLE_ROUTE = '**/data/bundle/articles/**';

/** The route pattern for one collection file (`events`, `positions`, `claims`). */
export const collectionRoute = (name: string) => `**/data/bundle/${name}.json`;

let cached: BundleIndex | null = null;

const readBuilt = (file: string) => JSON.parse(readFileSync(resolve(inject('distDir'), 'data/bundle', file), 'utf8'));

/** The index with every collection, as the app holds it once all views have loaded. */
export function builtIndex(): BundleIndex {
  cached ??= {
    ...readBuilt('index.json'),
    events: readBuilt('events.json').events,
    positions: readBuilt('positions.json').positions,
    claims: readBuilt('claims.json').claims,
  } as BundleIndex;
  return cached;
}

/** `index.json` as served, without the collections. */
export function builtIndexFile(): Record<string, unknown> {
  return readBuilt('index.json');
}

export function builtIndexText(): string {
  return readFileSync(resolve(inject('distDir'), INDEX_PATH), 'utf8');
}
