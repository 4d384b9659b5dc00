// chrono-node's English parser, loaded from its CommonJS build. Its ES module build is
// some 270 files, and under tsx (how `npm run data` runs) each ES module import is
// resolved through tsx's loader thread: that cost about 0.45 s of CPU on every run, the
// CommonJS build (same code, same version, same results) about 0.2 s. Only the English
// locale is loaded: the package's main entry also loads fifteen other languages we never
// use (about 0.15 s more). The only Node-specific line in the extractors; a browser build
// would import 'chrono-node/en' directly.
import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';

export type { ParsedResult } from 'chrono-node';

export const chronoEn: typeof ChronoEn = createRequire(import.meta.url)('chrono-node/en');
