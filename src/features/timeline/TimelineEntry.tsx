import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { humanise } from '../../lib/labels.ts';
import { openEvidence } from '../../lib/open-evidence.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { reportingArticles } from './chapters.ts';
import { DateLine } from './DateLine.tsx';
import { StatusBadge } from './status-badge.tsx';

const EXCERPT_LENGTH = 180;
const excerpt = (quote: string) => (quote.length > EXCERPT_LENGTH ? `${quote.slice(0, EXCERPT_LENGTH).trimEnd()}…` : quote);

export function TimelineEntry({
  event,
  actorNames,
  articleTitles,
  focused,
  setView,
}: {
  event: TalksEvent;
  actorNames: ReadonlyMap<string, string>;
  articleTitles: ReadonlyMap<string, string>;
  focused: boolean;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const reporters = reportingArticles(event);
  // Coming back from the article reader, bring the item that was open into view.
  const scrollTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) scrollTarget.current?.scrollIntoView?.({ block: 'center' });
  }, [focused]);
  const participants = event.participants.map((id) => actorNames.get(id) ?? id);
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
        <StatusBadge status={event.status} />
        <span>{humanise(event.kind)}</span>
        {event.place && <span>in {event.place}</span>}
        <span>
          Reported by {reporters} {reporters === 1 ? 'article' : 'articles'}
        </span>
      </div>
      {participants.length > 0 && (
        <p className="mt-1 text-sm text-slate-700">
          <span className="text-slate-600">Participants: </span>
          {participants.join(', ')}
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {event.evidence.map((evidence, i) => (
          <li key={`${evidence.articleId}:${evidence.start}`} className="text-sm">
            <blockquote className="border-l-2 border-slate-200 pl-2 text-slate-700">“{excerpt(evidence.quote)}”</blockquote>
            <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <span id={`${event.id}-source-${i}`}>{articleTitles.get(evidence.articleId) ?? evidence.articleId}</span>
              <Button
                size="sm"
                look="link"
                aria-describedby={`${event.id}-source-${i}`}
                onClick={() => openEvidence(setView, event.id, evidence.articleId)}
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
