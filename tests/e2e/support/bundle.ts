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

let cached: BundleIndex | null = null;

export function builtIndex(): BundleIndex {
  cached ??= JSON.parse(readFileSync(resolve(inject('distDir'), INDEX_PATH), 'utf8')) as BundleIndex;
  return cached;
}

export function builtIndexText(): string {
  return readFileSync(resolve(inject('distDir'), INDEX_PATH), 'utf8');
}
