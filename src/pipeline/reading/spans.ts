// Small helpers for [start, end) spans within one sentence, shared by the extractors.
// They run for every sentence, so they loop plainly rather than allocate.

/** Whether [start, end) overlaps any of `spans`. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && start < span.end) return true;
  return false;
}

/** Characters between two spans; 0 when they overlap. */
export function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

export function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}
