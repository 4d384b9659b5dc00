// Events in date order, in one chapter per year, each with the sentences that report it.
import { useMemo } from 'react';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import type { ViewProps } from '../../lib/view-props.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { ChapterHeading } from './ChapterHeading.tsx';
import { chaptersByYear } from './chapters.ts';
import { TimelineEntry } from './TimelineEntry.tsx';
import { VirtualTimeline } from './VirtualTimeline.tsx';

/** Below this, plain rendering is simpler and lets the browser's find-in-page see everything. */
export const VIRTUALISE_ABOVE = 100;

export function TimelineView({ index, filtered, view, setView }: ViewProps) {
  const chapters = useMemo(() => chaptersByYear(filtered.events), [filtered.events]);
  const actorNames = useMemo(() => new Map(index.actors.map((actor) => [actor.id, actor.name])), [index]);
  const articleTitles = useMemo(
    () => new Map(index.articles.map((article) => [article.id, `${article.outlet}, ${article.publishedAt}`])),
    [index],
  );

  if (filtered.events.length === 0) {
    return (
      hasActiveFilters(view) ? (
        <EmptyState message="No events match these filters." actionLabel="Clear filters" onAction={() => setView(clearedFilters)} />
      ) : (
        <EmptyState message="The articles in this collection yield no events." />
      )
    );
  }

  const renderEvent = (event: TalksEvent) => (
    <TimelineEntry
      event={event}
      actorNames={actorNames}
      articleTitles={articleTitles}
      focused={view.focus === event.id}
      setView={setView}
    />
  );

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Timeline of the talks
      </h2>
      <p className="text-sm text-slate-600">
        {filtered.events.length} {filtered.events.length === 1 ? 'event' : 'events'}, as reported in the articles. Dates
        read from words like “on Thursday” are marked as resolved.
      </p>
      {filtered.events.length > VIRTUALISE_ABOVE ? (
        <VirtualTimeline chapters={chapters} renderEvent={renderEvent} />
      ) : (
        chapters.map((chapter) => (
          <section key={chapter.year} aria-label={`${chapter.year} events`}>
            <ChapterHeading chapter={chapter} sticky />
            <ol className="space-y-1">
              {chapter.events.map((event) => (
                <li key={event.id}>{renderEvent(event)}</li>
              ))}
            </ol>
          </section>
        ))
      )}
    </section>
  );
}
