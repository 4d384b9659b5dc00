// The latest stance in the selected dates, and how it got there. Only the latest statement
// is rendered up front; the history renders when the reader opens it (see PositionHistory).
import { formatDate } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Position } from '../../schema/bundle.ts';
import { EvidenceButton } from './EvidenceButton.tsx';
import { PositionHistory } from './PositionHistory.tsx';
import { StanceLabel } from './StanceLabel.tsx';

export function PositionCell({
  history,
  actorName,
  topicLabel,
  focus,
  setView,
}: {
  history: Position[];
  actorName: string;
  topicLabel: string;
  focus: string | null;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const latest = history[history.length - 1];
  if (!latest) {
    return (
      <span className="text-sm text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No stated position</span>
      </span>
    );
  }
  const what = `${actorName} on ${topicLabel}`;
  const focused = focus !== null && history.some((position) => position.id === focus);
  return (
    <div className={`min-w-44 space-y-1 text-sm ${focused ? 'rounded bg-amber-50 outline outline-2 outline-oi-orange' : ''}`}>
      <div className="flex flex-wrap items-center gap-x-2">
        <StanceLabel stance={latest.stance} />
        <time dateTime={latest.date} className="text-xs text-slate-600">
          {formatDate(latest.date)}
        </time>
      </div>
      <p className="text-slate-700">{latest.summary}</p>
      <EvidenceButton position={latest} setView={setView} what={`${what}, ${latest.date}`} />
      {history.length > 1 && <PositionHistory history={history} what={what} focus={focus} setView={setView} />}
    </div>
  );
}
