// Summaries for noisy timings: medians and percentiles, never means.

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p90 of 30 samples is the 27th, a value that was actually measured.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const round = (value: number, digits = 1): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export async function repeat<T>(times: number, run: (attempt: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  // One at a time: parallel runs on two cores would measure each other.
  for (let attempt = 0; attempt < times; attempt++) results.push(await run(attempt));
  return results;
}
