// Builds the bundle from a folder of held-out articles exactly as the command line
// would, without writing any file.
import { buildBundle } from '../../../src/pipeline/build.ts';
import { readInput } from '../../../src/pipeline/read-input.ts';
import type { Bundle } from '../../../src/schema/bundle.ts';

export function buildFrom(dir: string): Bundle {
  return buildBundle(readInput(dir));
}
