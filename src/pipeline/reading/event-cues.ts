// The words that make a sentence about a talks event, and the places such events
// happen in. A date alone is not an event; a date next to "talks", "met", "ultimatum"
// or "package of sanctions" is. The words are the language's (language/en/events.ts).
import type { EventLexicon } from '../language/types.ts';
import { byStart, overlapsAny } from './spans.ts';
import { mayMatch, type GateWords } from './word-gate.ts';
import type { EventKind } from '../../schema/bundle.ts';

export interface Cue {
  kind: EventKind;
  start: number;
  end: number;
}

/** `words`: the sentence's gate words when it has them (reading/sentence.ts). */
export function findCues(sentence: string, lexicon: EventLexicon, words?: GateWords): Cue[] {
  const { CUE_PATTERNS, SANCTIONS_ACTION } = lexicon;
  const cues: Cue[] = [];
  const possible = lexicon.CUE_GATE.patternsIn(words ?? sentence);
  // This runs for every sentence: an indexed loop and no closure over the match, since a
  // destructured pair or a captured variable cost an allocation per pattern per sentence.
  for (let p = 0; p < CUE_PATTERNS.length; p++) {
    if (!mayMatch(possible, p)) continue;
    const kind = CUE_PATTERNS[p]![0];
    const pattern = CUE_PATTERNS[p]![1];
    pattern.lastIndex = 0;
    let m = pattern.exec(sentence);
    // The action is looked for only once "sanctions" is found: most sentences have neither.
    if (m && kind === 'sanctions' && !SANCTIONS_ACTION.test(sentence)) continue;
    for (; m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!overlapsAny(cues, start, end)) cues.push({ kind, start, end });
    }
  }
  return cues.sort(byStart);
}

/** Kind precedence when a sentence has no date to pick the nearest cue by. */
export const KIND_ORDER: EventKind[] = ['prisoner-exchange', 'ultimatum', 'sanctions', 'talks', 'meeting', 'call', 'statement', 'deadline', 'other'];

export interface PlaceHit {
  place: string;
  start: number;
  end: number;
  city: boolean;
}

export function findPlaces(sentence: string, lexicon: EventLexicon): PlaceHit[] {
  const places: PlaceHit[] = [];
  const PLACE = lexicon.PLACE;
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(sentence); m; m = PLACE.exec(sentence)) {
    // "the launch of Moscow's invasion": whose, not where ("at Istanbul's palace" is still where).
    if (m[0].startsWith('of ') && /^['’]s\b/.test(sentence.slice(m.index + m[0].length))) continue;
    const city = m[1] ?? m[2] ?? (m[4] ? 'Moscow' : null);
    const name = city ?? m[3];
    if (!name) continue;
    places.push({ place: name === 'Kiev' ? 'Kyiv' : name, start: m.index, end: m.index + m[0].length, city: city !== null });
  }
  return places;
}
