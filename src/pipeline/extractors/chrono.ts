// chrono-node, loaded from its CommonJS build. Its ES module build is some 270 files, and
// under tsx (how `npm run data` runs) each ES module import is resolved through tsx's
// loader thread: that cost about 0.45 s of CPU on every run, the CommonJS build (same
// code, same version, same results) about 0.2 s. The only Node-specific line in the
// extractors; a browser build would import 'chrono-node' directly.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

export type { ParsedResult } from 'chrono-node';

export const chrono: typeof Chrono = createRequire(import.meta.url)('chrono-node');
