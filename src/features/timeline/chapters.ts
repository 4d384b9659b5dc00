// The timeline reads as chapters, one per year: the 2022 round and the 2025 round.
import { compareCodeUnits } from '../../lib/compare-text.ts';
import type { TalksEvent } from '../../schema/bundle.ts';

export interface Chapter {
  year: string;
  events: TalksEvent[];
}

export function chaptersByYear(events: readonly TalksEvent[]): Chapter[] {
  const sorted = [...events].sort(
    (a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.endDate ?? a.date, b.endDate ?? b.date) || compareCodeUnits(a.id, b.id),
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
