// Where an event takes place: the place named nearest its date or event word, unless
// that place belongs to another event word in between; "the resort city" borrows the
// city named just before.
import type { ArticleContext, Sentence } from '../context.ts';
import type { EventLexicon } from '../language/types.ts';
import { findPlaces, type Cue } from '../reading/event-cues.ts';
import { indexOfSentence } from '../reading/sentence-lookup.ts';
import { gapBetween } from '../reading/spans.ts';

/** How far from its date or event word a place may be named. */
export const PLACE_REACH = 70;

export function nearestPlace(
  text: string,
  anchor: { start: number; end: number },
  date: { start: number; end: number },
  reach: number,
  others: Cue[],
  lexicon: EventLexicon,
): string | null {
  // A place past another event word belongs to that event: "announced … talks in Istanbul".
  const places = findPlaces(text, lexicon).filter(
    (place) => !others.some((cue) => (cue.start > anchor.end && cue.end <= place.start) || (cue.start >= place.start && cue.end < anchor.start)),
  );
  const scored = places
    // A city beats a country; when the whole sentence is searched, by a wide margin.
    .map((place) => ({ place, d: Math.min(gapBetween(place, anchor), gapBetween(place, date)) - (place.city ? (reach > PLACE_REACH ? 60 : 10) : 0) }))
    .filter(({ d }) => d <= reach)
    .sort((a, b) => a.d - b.d);
  return scored[0]?.place.place ?? null;
}

/** "The Turkish resort city", "the capital": the city named last in the sentences just before. */
export function placeBefore(ctx: ArticleContext, sentence: Sentence): string | null {
  if (!ctx.language.events.CITY_ANAPHOR.test(sentence.text)) return null;
  const index = indexOfSentence(ctx.sentences, sentence);
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    const city = findPlaces(ctx.sentences[i]!.text, ctx.language.events).filter((place) => place.city).at(-1);
    if (city) return city.place;
  }
  return null;
}
