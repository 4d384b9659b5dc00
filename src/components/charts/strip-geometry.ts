// The strip's fixed geometry, in pixels, shared by the drawing and its bars.
export const HEIGHT = 100;
export const SIDE = 14;
export const LABEL_Y = 12;
export const PLOT_TOP = 20;
export const BASELINE = 72;
export const BIN = 2;
export const BAR_ROOM = BASELINE - PLOT_TOP - 8;

export const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Counts per day, for the bars. */
export interface StripCount {
  day: number;
  /** Items of the kind the strip emphasises (drawn dark, with a diamond on top). */
  marked: number;
  other: number;
}

/**
 * Counts summed per bin of BIN pixels and drawn as three paths (other items, emphasised items,
 * diamonds): a handful of nodes however many items there are.
 */
export function binPaths(counts: readonly StripCount[], x: (day: number) => number, plotWidth: number) {
  const size = Math.max(1, Math.ceil(plotWidth / BIN));
  const marked = new Float64Array(size);
  const other = new Float64Array(size);
  for (const count of counts) {
    const bin = clamp(Math.floor((x(count.day) - SIDE) / BIN), 0, size - 1);
    marked[bin]! += count.marked;
    other[bin]! += count.other;
  }
  let most = 0;
  for (let i = 0; i < size; i++) most = Math.max(most, marked[i]! + other[i]!);
  let markedPath = '';
  let otherPath = '';
  let diamonds = '';
  for (let i = 0; i < size; i++) {
    const total = marked[i]! + other[i]!;
    if (total === 0) continue;
    // Square root, with a floor, so a lone item stays visible beside a busy day.
    const height = Math.max(6, BAR_ROOM * Math.sqrt(total / most));
    const markedHeight = (height * marked[i]!) / total;
    const left = SIDE + i * BIN;
    if (markedHeight > 0) {
      markedPath += `M${left} ${BASELINE}v${-markedHeight.toFixed(1)}h${BIN}v${markedHeight.toFixed(1)}z`;
      diamonds += `M${left + BIN / 2} ${(BASELINE - height - 7).toFixed(1)}l3 3l-3 3l-3 -3z`;
    }
    if (height > markedHeight) otherPath += `M${left} ${(BASELINE - markedHeight).toFixed(1)}v${-(height - markedHeight).toFixed(1)}h${BIN}v${(height - markedHeight).toFixed(1)}z`;
  }
  return { markedPath, otherPath, diamonds };
}

