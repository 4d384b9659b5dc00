// The timeline reads as chapters, one per year: the 2022 round and the 2025 round.
import type { TalksEvent } from '../../schema/bundle.ts';

export interface Chapter {
  year: string;
  events: TalksEvent[];
}

// ISO dates and ids compare correctly by code unit; localeCompare is many times slower,
// which shows on thousands of events.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function chaptersByYear(events: readonly TalksEvent[]): Chapter[] {
  const sorted = [...events].sort(
    (a, b) => compare(a.date, b.date) || compare(a.endDate ?? a.date, b.endDate ?? b.date) || compare(a.id, b.id),
  );
  const chapters: Chapter[] = [];
  for (const event of sorted) {
    const year = event.date.slice(0, 4);
    const last = chapters[chapters.length - 1];
    if (last?.year === year) last.events.push(event);
    else chapters.push({ year, events: [event] });
  }
  return chapters;
}

/** How many different articles report an event. */
export function reportingArticles(event: TalksEvent): number {
  return new Set(event.evidence.map((evidence) => evidence.articleId)).size;
}
