// Small helpers for [start, end) spans within one sentence, shared by the cue finders.
// They run for every sentence, so they loop plainly rather than allocate.

/** Whether [start, end) overlaps any of `spans`. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const span of spans) if (span.start < end && start < span.end) return true;
  return false;
}

export function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}
