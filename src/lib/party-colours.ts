// One colour per party across every view: a party and the people who speak for it share a
// hue, so a reader who learns "blue is Ukraine" on one chart can read every other. Colour is
// never the only cue: every mark that uses it also carries the party's name or symbol.
import type { Actor } from '../schema/bundle.ts';

/** Okabe–Ito hues, distinguishable with the common forms of colour blindness. */
const FIXED: Record<string, string> = {
  ukraine: '#0072B2',
  russia: '#D55E00',
  turkey: '#009E73',
  'united-states': '#CC79A7',
  'european-union': '#E69F00',
  'united-kingdom': '#56B4E9',
  'united-nations': '#000000',
};
/** For parties without a fixed hue, in a stable order. */
const SPARE = ['#6B7280', '#8B5A2B', '#4B5563', '#7C3AED'];
export const UNATTRIBUTED_COLOUR = '#9CA3AF';

/** The party an actor speaks for: its own id for a state or body, its `party` for a person. */
export function partyOf(actorId: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(actorId)?.party ?? actorId;
}

/** The party's hue for any actor id; `unattributed` and unknown ids get a neutral grey. */
export function partyColour(actorId: string, actors: ReadonlyMap<string, Actor>): string {
  if (actorId === 'unattributed') return UNATTRIBUTED_COLOUR;
  const party = partyOf(actorId, actors);
  const fixed = FIXED[party];
  if (fixed) return fixed;
  let hash = 0;
  for (let i = 0; i < party.length; i++) hash = (hash * 31 + party.charCodeAt(i)) >>> 0;
  return SPARE[hash % SPARE.length]!;
}
