// Finding sentences by offset. An article's sentences come in text order and never
// overlap (both starts and ends rise), so a binary search answers what a scan of the
// whole list did: a scan per quote or per event made long articles quadratic.
import type { Sentence } from '../context.ts';

/** The first index whose sentence passes `after` (false, …, false, true, …, true), or the length. */
function firstIndex(sentences: readonly Sentence[], after: (sentence: Sentence) => boolean): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(sentences[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The sentence holding `position`, if any. */
export function sentenceAt<S extends Sentence>(sentences: readonly S[], position: number): S | undefined {
  const candidate = sentences[firstIndex(sentences, (sentence) => sentence.start > position) - 1];
  return candidate && position < candidate.end ? candidate : undefined;
}

/** Index of the first sentence ending after `position` (`inclusive`: at or after it); -1 when none does. */
export function firstEndingAfter(sentences: readonly Sentence[], position: number, inclusive = false): number {
  const index = firstIndex(sentences, (sentence) => (inclusive ? sentence.end >= position : sentence.end > position));
  return index < sentences.length ? index : -1;
}

/** Where `sentence` sits in the list, as `indexOf` would say. */
export function indexOfSentence(sentences: readonly Sentence[], sentence: Sentence): number {
  const index = firstIndex(sentences, (other) => other.start >= sentence.start);
  return sentences[index] === sentence ? index : sentences.indexOf(sentence);
}
