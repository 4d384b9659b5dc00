// The talks on a time axis: a strip of the whole period with the rounds marked (drag across
// it to choose dates), then the events in date order, one chapter per round.
import { useMemo, useRef } from 'react';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { loadOnce, useLoaded } from '../../lib/load-once.ts';
import type { ViewProps } from '../../lib/view-props.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { ChapterHeading } from './ChapterHeading.tsx';
import { chaptersByRound, findRounds, type Chapter } from './chapters.ts';
import { headline, QUESTION, sourceLine, standfirst } from './headline.ts';
import { useTimelineContext } from './timeline-context.ts';
import { TimelineDownloads } from './TimelineDownloads.tsx';
import { TimelineEntry } from './TimelineEntry.tsx';
import { TimelineStrip } from './TimelineStrip.tsx';

/** Below this, plain rendering is simpler and lets the browser's find-in-page see everything. */
export const VIRTUALISE_ABOVE = 100;

// Only long timelines need the virtualiser, so it is fetched only for them.
const virtualTimeline = loadOnce(() => import('./VirtualTimeline.tsx').then((module) => module.VirtualTimeline));

type RenderEvent = (event: TalksEvent) => React.ReactNode;

function PlainTimeline({ chapters, renderEvent }: { chapters: Chapter[]; renderEvent: RenderEvent }) {
  return chapters.map((chapter) => (
    <section key={chapter.id} aria-label={chapter.label}>
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
function LongTimeline({ chapters, renderEvent }: { chapters: Chapter[]; renderEvent: RenderEvent }) {
  const { module: VirtualTimeline } = useLoaded(virtualTimeline);
  const firstChapters = useMemo(() => {
    const first: Chapter[] = [];
    let room = VIRTUALISE_ABOVE;
    for (const chapter of chapters) {
      if (room <= 0) break;
      first.push({ ...chapter, events: chapter.events.slice(0, room) });
      room -= chapter.events.length;
    }
    return first;
  }, [chapters]);
  if (!VirtualTimeline) return <PlainTimeline chapters={firstChapters} renderEvent={renderEvent} />;
  return <VirtualTimeline chapters={chapters} renderEvent={renderEvent} />;
}

export function TimelineView({ index, filtered, view, setView }: ViewProps) {
  const context = useTimelineContext(index);
  // Rounds and the strip come from every event, so they stay put while filters change.
  const rounds = useMemo(() => findRounds(index.events), [index.events]);
  const chapters = useMemo(() => chaptersByRound(filtered.events, rounds), [filtered.events, rounds]);
  // The strip counts what the chosen actors took part in, over the whole period: the dates
  // it chooses are its own, so only the actor filter narrows it.
  const actorsChosen = view.actors.length > 0;
  const stripEvents = useMemo(
    () => (actorsChosen ? index.events.filter((event) => event.participants.some((id) => filtered.actorsInScope.has(id))) : index.events),
    [actorsChosen, index.events, filtered.actorsInScope],
  );
  const stripRef = useRef<SVGSVGElement>(null);
  const title = headline(rounds);
  const articleCount = index.articles.length;

  const renderEvent = (event: TalksEvent) => (
    <TimelineEntry
      event={event}
      context={context}
      disagreements={context.disagreementsOf.get(event.id)}
      focused={view.focus === event.id || (view.focus?.startsWith(`${event.id}:`) ?? false)}
      setView={setView}
    />
  );

  return (
    <section aria-labelledby="timeline-heading">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{QUESTION}</p>
      <h2 id="timeline-heading" className="text-xl font-semibold sm:text-2xl">
        {title}
      </h2>
      <p className="text-slate-700">{standfirst(filtered.events.length, index.events.length, articleCount, view.from, view.to)}</p>
      <p className="text-xs text-slate-600">{sourceLine(index.articles)}</p>
      {index.events.length > 0 && <TimelineStrip events={index.events} counted={actorsChosen ? stripEvents : null} rounds={rounds} from={view.from} to={view.to} setView={setView} svgRef={stripRef} />}
      <TimelineDownloads title={title} events={filtered.events} index={index} view={view} context={context} stripRef={stripRef} />
      {filtered.events.length === 0 ? (
        hasActiveFilters(view) ? (
          <EmptyState message="No events match these filters." actionLabel="Clear filters" onAction={() => setView(clearedFilters)} />
        ) : (
          <EmptyState message="The articles in this collection yield no events." />
        )
      ) : (
        <>
          <p className="mt-3 text-sm text-slate-600">Dates read from words like “on Thursday” are marked as resolved.</p>
          {filtered.events.length > VIRTUALISE_ABOVE ? (
            <LongTimeline chapters={chapters} renderEvent={renderEvent} />
          ) : (
            <PlainTimeline chapters={chapters} renderEvent={renderEvent} />
          )}
        </>
      )}
    </section>
  );
}
