// The timeline reads as chapters, one per round of talks: a run of talks and meetings with no
// pause longer than ROUND_PAUSE days between them. Events a little before or after a round
// (the ultimatum before, the exchange agreed after) belong to it; others sit between rounds.
import { dayNumber, isoOfDay, monthSpanLabel } from '../../components/charts/time-axis.ts';
import { compareCodeUnits } from '../../lib/compare-text.ts';
import type { TalksEvent } from '../../schema/bundle.ts';

/** Talks more than this many days apart are separate rounds. */
export const ROUND_PAUSE = 60;
/** A round longer than this many days ends at the turn of the year. */
export const LONG_ROUND = 90;
/** Events this many days either side of a round are read as part of it. */
export const ROUND_MARGIN = 14;

export const isTalks = (event: Pick<TalksEvent, 'kind'>) => event.kind === 'talks' || event.kind === 'meeting';

export interface Round {
  /** First and last day of its talks, YYYY-MM-DD. */
  from: string;
  to: string;
  /** "Mar 2022", "May – Jun 2025". */
  label: string;
  places: string[];
}

export interface Chapter {
  id: string;
  /** "Round of Mar 2022", "Between rounds, Apr 2022 – Apr 2025". */
  label: string;
  round: Round | null;
  events: TalksEvent[];
}

const lastDay = (event: TalksEvent) => event.endDate ?? event.date;

export function byDate(a: TalksEvent, b: TalksEvent): number {
  return compareCodeUnits(a.date, b.date) || compareCodeUnits(lastDay(a), lastDay(b)) || compareCodeUnits(a.id, b.id);
}

/** The rounds of talks in `events` (any order), earliest first. */
export function findRounds(events: readonly TalksEvent[]): Round[] {
  const talks = events.filter(isTalks).sort(byDate);
  const rounds: Round[] = [];
  let current: { from: string; to: string; places: Set<string> } | null = null;
  const close = () => {
    if (current) rounds.push({ from: current.from, to: current.to, label: monthSpanLabel(current.from, current.to), places: [...current.places] });
  };
  // On a busy collection talks never pause for long; a run that has lasted a season is
  // closed at the turn of the year, so chapters stay readable.
  const continues = (round: { from: string; to: string }, event: TalksEvent) =>
    dayNumber(event.date) - dayNumber(round.to) <= ROUND_PAUSE &&
    (event.date.slice(0, 4) === round.from.slice(0, 4) || dayNumber(round.to) - dayNumber(round.from) <= LONG_ROUND);
  for (const event of talks) {
    if (current && continues(current, event)) {
      if (lastDay(event) > current.to) current.to = lastDay(event);
    } else {
      close();
      current = { from: event.date, to: lastDay(event), places: new Set() };
    }
    if (event.place) current.places.add(event.place);
  }
  close();
  return rounds;
}

/** The round an event belongs to, by index into `rounds`, or -1. */
function roundIndexOf(event: TalksEvent, rounds: readonly Round[], starts: readonly number[], ends: readonly number[]): number {
  const day = dayNumber(event.date);
  // Rounds are few (a handful even on a large corpus): a scan is fine.
  for (let i = 0; i < rounds.length; i++) {
    if (day >= starts[i]! - ROUND_MARGIN && day <= ends[i]! + ROUND_MARGIN) return i;
  }
  return -1;
}

/** `events` in date order, in one chapter per round and one per stretch between rounds. */
export function chaptersByRound(events: readonly TalksEvent[], rounds: readonly Round[]): Chapter[] {
  const sorted = [...events].sort(byDate);
  const starts = rounds.map((round) => dayNumber(round.from));
  const ends = rounds.map((round) => dayNumber(round.to));
  const chapters: Chapter[] = [];
  let between: TalksEvent[] = [];
  let lastRound = -1;
  const closeBetween = () => {
    if (between.length === 0) return;
    const from = between[0]!.date;
    const to = between.reduce((latest, event) => (lastDay(event) > latest ? lastDay(event) : latest), from);
    const label = rounds.length === 0 ? `Events of ${monthSpanLabel(from, to)}` : `Outside the rounds, ${monthSpanLabel(from, to)}`;
    chapters.push({ id: `between-${from}`, label, round: null, events: between });
    between = [];
  };
  for (const event of sorted) {
    const at = roundIndexOf(event, rounds, starts, ends);
    if (at === -1) {
      between.push(event);
      continue;
    }
    closeBetween();
    const round = rounds[at]!;
    if (at === lastRound) chapters[chapters.length - 1]!.events.push(event);
    else chapters.push({ id: `round-${round.from}`, label: `Round of ${round.label}`, round, events: [event] });
    lastRound = at;
  }
  closeBetween();
  return chapters;
}

/** Long pauses between rounds, for the strip: "3 years without talks". */
export interface Pause {
  from: string;
  to: string;
  days: number;
  /** "3 years", "10 months". */
  length: string;
  label: string;
}

export function pauses(rounds: readonly Round[], minDays = 300): Pause[] {
  const found: Pause[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const start = dayNumber(rounds[i - 1]!.to) + 1;
    const end = dayNumber(rounds[i]!.from) - 1;
    const days = end - start + 1;
    if (days < minDays) continue;
    const years = Math.round(days / 365);
    const length = years >= 1 ? `${years} ${years === 1 ? 'year' : 'years'}` : `${Math.round(days / 30)} months`;
    found.push({ from: isoOfDay(start), to: isoOfDay(end), days, length, label: `${length}, no talks reported` });
  }
  return found;
}

/** The articles that report an event, each once, in order of first mention. */
export function reportingArticles(event: TalksEvent): string[] {
  return [...new Set(event.evidence.map((evidence) => evidence.articleId))];
}
