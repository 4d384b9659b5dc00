// Builds the bundle from the held-out articles exactly as the command line would,
// without writing any file.
import { join } from 'node:path';
import { buildBundle } from '../../../src/pipeline/build.ts';
import { readInput } from '../../../src/pipeline/read-input.ts';
import type { Bundle } from '../../../src/schema/bundle.ts';

export const HELDOUT_DIR = join(import.meta.dirname, 'articles');

export function buildHeldout(): Bundle {
  return buildBundle(readInput(HELDOUT_DIR));
}
