// The talks rounds marked on every claims chart's time axis, numbered in date order over the
// whole bundle so round 2 is round 2 on every chart and in the legend.
import type { TalksEvent } from '../../schema/bundle.ts';
import { formatDate } from '../../lib/labels.ts';

export interface TalksRound {
  number: number;
  date: string;
  place: string | null;
  /** "Round 2: talks on 16 May 2025 in Istanbul" */
  words: string;
}

export function talksRounds(events: readonly TalksEvent[]): TalksRound[] {
  const byDate = new Map<string, TalksEvent>();
  for (const event of events) if (event.kind === 'talks' && !byDate.has(event.date)) byDate.set(event.date, event);
  return [...byDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((event, i) => ({
      number: i + 1,
      date: event.date,
      place: event.place,
      words: `Round ${i + 1}: talks on ${formatDate(event.date)}${event.place ? ` in ${event.place}` : ''}`,
    }));
}
