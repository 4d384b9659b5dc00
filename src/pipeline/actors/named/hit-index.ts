// Mentions sorted by offset, asked "what covers this place?" by binary search, so
// reading a sentence's words stays linear in the article.
import type { ActorHit } from '../../context.ts';

export class HitIndex {
  constructor(readonly sorted: readonly ActorHit[]) {}

  /** Index of the first hit ending after `at`. */
  private firstEndingAfter(at: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]!.end <= at) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether a hit overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const hit = this.sorted[this.firstEndingAfter(start)];
    return hit !== undefined && hit.start < end;
  }

  /** Hits fully inside [start, end), in order. */
  between(start: number, end: number): ActorHit[] {
    const out: ActorHit[] = [];
    for (let i = this.firstEndingAfter(start); i < this.sorted.length && this.sorted[i]!.start < end; i++) {
      const hit = this.sorted[i]!;
      if (hit.start >= start && hit.end <= end) out.push(hit);
    }
    return out;
  }
}
