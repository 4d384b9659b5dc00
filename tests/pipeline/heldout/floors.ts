// The least the pipeline must score on each held-out set, set a little below what was
// measured so a regression fails the test. Raise them when the extractors improve;
// lowering one needs a reason written next to it.
import type { ItemKind } from './evaluate.ts';

export type Floors = Record<ItemKind, { recall: number; exactRecall: number; precision: number }>;

/** First set, measured 2026-11-23 08:18 UTC (after the extractors were tuned on it). */
export const FIRST_SET_FLOORS: Floors = {
  claims: { recall: 0.9, exactRecall: 0.85, precision: 0.9 },
  events: { recall: 0.8, exactRecall: 0.75, precision: 0.9 },
  quotes: { recall: 0.9, exactRecall: 0.85, precision: 0.95 },
  actors: { recall: 0.95, exactRecall: 0.95, precision: 0.95 },
  boilerplate: { recall: 0.65, exactRecall: 0.65, precision: 0.95 },
};

/** Second set, written 08:20 and measured then, before anyone had seen it; raised at 08:32 and 08:43 (tuned on). */
export const SECOND_SET_FLOORS: Floors = {
  claims: { recall: 0.95, exactRecall: 0.95, precision: 0.85 },
  events: { recall: 0.55, exactRecall: 0.48, precision: 0.72 },
  quotes: { recall: 0.88, exactRecall: 0.82, precision: 0.95 },
  actors: { recall: 0.8, exactRecall: 0.8, precision: 0.95 },
  boilerplate: { recall: 0.4, exactRecall: 0.4, precision: 0.78 },
};

/** Third set, written 08:22, kept out of the tree and measured at 08:43 before anyone had seen it; claims raised at 08:55. */
export const THIRD_SET_FLOORS: Floors = {
  claims: { recall: 0.72, exactRecall: 0.72, precision: 0.72 },
  events: { recall: 0.45, exactRecall: 0.45, precision: 0.75 },
  quotes: { recall: 0.85, exactRecall: 0.85, precision: 0.95 },
  actors: { recall: 0.95, exactRecall: 0.95, precision: 0.9 },
  boilerplate: { recall: 0.33, exactRecall: 0.33, precision: 0.95 },
};
