// The date of an event, and how it was arrived at: stated outright, or worked out from
// words such as "on Thursday" against the article's publication date.
import { formatDate } from '../../lib/labels.ts';
import type { TalksEvent } from '../../schema/bundle.ts';

function basisText(event: TalksEvent): { icon: string; text: string } {
  const { kind, phrase } = event.dateBasis;
  if (kind === 'explicit') return { icon: '◉', text: 'exact date' };
  if (kind === 'relative') return { icon: '↻', text: `resolved from ‘${phrase}’` };
  return { icon: '▣', text: 'publication date' };
}

export function DateLine({ event }: { event: TalksEvent }) {
  const basis = basisText(event);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <span className="font-semibold text-slate-900">
        <time dateTime={event.date}>{formatDate(event.date)}</time>
        {event.endDate && event.endDate !== event.date && (
          <>
            {' – '}
            <time dateTime={event.endDate}>{formatDate(event.endDate)}</time>
          </>
        )}
      </span>
      <span className="text-xs text-slate-600" title={event.dateBasis.note || undefined}>
        <span aria-hidden="true">{basis.icon} </span>
        {basis.text}
      </span>
    </p>
  );
}
