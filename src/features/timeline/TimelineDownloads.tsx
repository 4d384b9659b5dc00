// Downloads of what is in view: the events as CSV and JSON, the overview strip as SVG and
// PNG. Every file carries the credit line (title, outlets, dataset version, date, link), so a
// copy that travels without the page still says where it came from.
import { useState, type RefObject } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import type { ViewState } from '../../lib/view-state.ts';
import type { BundleIndex, TalksEvent } from '../../schema/bundle.ts';
import type { TimelineContext } from './timeline-context.ts';
import type { ExportKind } from './timeline-export.ts';

const BUTTONS: readonly [ExportKind, string][] = [
  ['csv', 'Events as CSV'],
  ['json', 'Events as JSON'],
  ['svg', 'Strip as SVG'],
  ['png', 'Strip as PNG'],
];

export function TimelineDownloads({
  title,
  events,
  index,
  view,
  context,
  stripRef,
}: {
  title: string;
  events: readonly TalksEvent[];
  index: BundleIndex;
  view: ViewState;
  context: TimelineContext;
  stripRef: RefObject<SVGSVGElement | null>;
}) {
  const [status, setStatus] = useState('');
  const save = async (kind: ExportKind) => {
    try {
      const { saveTimeline } = await import('./timeline-export.ts');
      setStatus(await saveTimeline(kind, { title, events, articles: index.articles, view, context, strip: stripRef.current }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The download failed.');
    }
  };

  return (
    <div role="group" aria-label="Download what is in view" className="mt-2 flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">Download:</span>
      {BUTTONS.map(([kind, label]) => (
        <Button key={kind} size="sm" onClick={() => void save(kind)}>
          {label}
        </Button>
      ))}
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </div>
  );
}
