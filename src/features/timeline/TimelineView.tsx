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
import { loadOnce, useLoaded } from '../../lib/load-once.ts';
import type { Chapter } from './chapters.ts';

/** Below this, plain rendering is simpler and lets the browser's find-in-page see everything. */
export const VIRTUALISE_ABOVE = 100;

// Only long timelines need the virtualiser, so it is fetched only for them.
const virtualTimeline = loadOnce(() => import('./VirtualTimeline.tsx').then((module) => module.VirtualTimeline));

type RenderEvent = (event: TalksEvent) => React.ReactNode;

function PlainTimeline({ chapters, renderEvent }: { chapters: Chapter[]; renderEvent: RenderEvent }) {
  return chapters.map((chapter) => (
    <section key={chapter.year} aria-label={`${chapter.year} events`}>
      <ChapterHeading chapter={chapter} sticky />
      <ol className="space-y-1">
        {chapter.events.map((event) => (
          <li key={event.id}>{renderEvent(event)}</li>
        ))}
      </ol>
    </section>
  ));
}

/** Until the virtualiser arrives, the first events are drawn plainly, so the page is never blank. */
function LongTimeline({ events, chapters, renderEvent }: { events: TalksEvent[]; chapters: Chapter[]; renderEvent: RenderEvent }) {
  const { module: VirtualTimeline } = useLoaded(virtualTimeline);
  const firstChapters = useMemo(() => chaptersByYear(events.slice(0, VIRTUALISE_ABOVE)), [events]);
  if (!VirtualTimeline) return <PlainTimeline chapters={firstChapters} renderEvent={renderEvent} />;
  return <VirtualTimeline chapters={chapters} renderEvent={renderEvent} />;
}

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
        <LongTimeline events={filtered.events} chapters={chapters} renderEvent={renderEvent} />
      ) : (
        <PlainTimeline chapters={chapters} renderEvent={renderEvent} />
      )}
    </section>
  );
}
