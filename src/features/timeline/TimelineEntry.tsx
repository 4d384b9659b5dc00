import { Fragment, useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { formatDate, humanise } from '../../lib/labels.ts';
import { openEvidence } from '../../lib/open-evidence.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Disagreement, TalksEvent } from '../../schema/bundle.ts';
import { reportingArticles } from './chapters.ts';
import { DateLine } from './DateLine.tsx';
import { wordExcerpt } from './excerpt.ts';
import { StatusBadge } from './status-badge.tsx';
import { shownStatus } from './status.ts';
import type { TimelineContext } from './timeline-context.ts';

const DIFFER_ON = { 'event-date': 'the date', 'event-place': 'the place' } as Record<string, string>;

/** "Reuters, BBC News (2)": each outlet once, with how many of its articles report the event. */
function outletList(articleIds: readonly string[], outletOf: ReadonlyMap<string, string>): string {
  const counts = new Map<string, number>();
  for (const id of articleIds) {
    const outlet = outletOf.get(id) ?? id;
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return [...counts].map(([outlet, count]) => (count > 1 ? `${outlet} (${count})` : outlet)).join(', ');
}

function Participants({ ids, context }: { ids: readonly string[]; context: TimelineContext }) {
  if (ids.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span className="text-slate-600">Participants:</span>{' '}
      {ids.map((id, i) => (
        <Fragment key={id}>
          <span className="inline-flex items-center gap-1">
            {/* The name is always written; the swatch only repeats the party's colour. */}
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: context.colourOf(id) }} />
            {context.actorNames.get(id) ?? id}
            {i < ids.length - 1 && ','}
          </span>{' '}
        </Fragment>
      ))}
    </p>
  );
}

export function TimelineEntry({
  event,
  context,
  disagreements,
  focused,
  setView,
}: {
  event: TalksEvent;
  context: TimelineContext;
  disagreements: readonly Disagreement[] | undefined;
  focused: boolean;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const reporters = reportingArticles(event);
  // Where the event was read from several sentences of one article, each quote's link names its own.
  const sameArticle = (articleId: string) => event.evidence.filter((evidence) => evidence.articleId === articleId).length;
  // Coming back from the article reader, bring the item that was open into view.
  const scrollTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) scrollTarget.current?.scrollIntoView?.({ block: 'center' });
  }, [focused]);
  const status = shownStatus(event, context.newestArticle);
  const statusNote =
    status === 'deadline-passed' || status === 'deadline-ahead'
      ? `as of the newest article, ${formatDate(context.newestArticle)}`
      : undefined;

  return (
    <article
      ref={scrollTarget}
      aria-labelledby={`event-${event.id}`}
      className={`border-l-4 py-3 pl-4 ${focused ? 'border-oi-orange bg-amber-50' : 'border-slate-300'}`}
    >
      <DateLine event={event} />
      <h4 id={`event-${event.id}`} className="mt-1 text-base font-semibold">
        {event.title}
      </h4>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <StatusBadge status={status} />
        {statusNote && <span className="text-xs text-slate-600">{statusNote}</span>}
        <span>{humanise(event.kind)}</span>
        {event.place && <span>in {event.place}</span>}
        {reporters.length > 1 && (
          <span>
            Reported by {reporters.length} articles: {outletList(reporters, context.outletOf)}
          </span>
        )}
      </div>
      {disagreements?.map((disagreement) => (
        <p key={disagreement.id} className="mt-1 rounded border border-oi-orange bg-amber-50 px-2 py-1 text-sm text-slate-900">
          <span aria-hidden="true">⚠ </span>
          Articles differ on {DIFFER_ON[disagreement.kind] ?? 'the details'}: {disagreement.summary}
        </p>
      ))}
      <Participants ids={event.participants} context={context} />
      <ul className="mt-2 space-y-2">
        {event.evidence.map((evidence, i) => (
          <li key={`${evidence.articleId}:${evidence.start}`} className="text-sm">
            <blockquote className="border-l-2 border-slate-200 pl-2 text-slate-700">“{wordExcerpt(evidence.quote)}”</blockquote>
            <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <span id={`${event.id}-source-${i}`}>{context.articleTitles.get(evidence.articleId) ?? evidence.articleId}</span>
              <Button
                size="sm"
                look="link"
                aria-describedby={`${event.id}-source-${i}`}
                onClick={() => openEvidence(setView, event.id, evidence.articleId, sameArticle(evidence.articleId) > 1 ? evidence.start : undefined)}
              >
                Show source
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </article>
  );
}
