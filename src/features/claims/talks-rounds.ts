// The talks rounds marked on every claims chart's time axis, numbered in date order over the
// whole bundle so round 2 is round 2 on every chart and in the legend.
import type { Actor, TalksEvent } from '../../schema/bundle.ts';
import { formatDate } from '../../lib/labels.ts';
import { partyOf } from '../../lib/party-colours.ts';

export interface TalksRound {
  number: number;
  date: string;
  place: string | null;
  /** "Round 2: talks on 16 May 2025 in Istanbul" */
  words: string;
}

/**
 * A round is talks that took place with both Russia and Ukraine at the table (directly or through
 * people speaking for them): a leader's visit to one side, or talks only proposed, is not a round.
 */
export function isRound(event: TalksEvent, actors: ReadonlyMap<string, Actor>): boolean {
  if (event.kind !== 'talks' || event.status === 'proposed' || event.status === 'planned') return false;
  const parties = new Set(event.participants.map((id) => partyOf(id, actors)));
  return parties.has('russia') && parties.has('ukraine');
}

export function talksRounds(events: readonly TalksEvent[], actors: ReadonlyMap<string, Actor> = new Map()): TalksRound[] {
  const byDate = new Map<string, TalksEvent>();
  for (const event of events) if (isRound(event, actors) && !byDate.has(event.date)) byDate.set(event.date, event);
  return [...byDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((event, i) => ({
      number: i + 1,
      date: event.date,
      place: event.place,
      words: `Round ${i + 1}: talks on ${formatDate(event.date)}${event.place ? ` in ${event.place}` : ''}`,
    }));
}
