// The latest stance in the selected dates, and how it got there.
import { Button } from '../../components/ui/Button.tsx';
import { formatDate } from '../../lib/labels.ts';
import { openEvidence } from '../../lib/open-evidence.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Position } from '../../schema/bundle.ts';
import { StanceLabel } from './StanceLabel.tsx';

function EvidenceButton({ position, setView, what }: { position: Position; setView: (patch: Partial<ViewState>) => void; what: string }) {
  const evidence = position.evidence[0];
  if (!evidence) return null;
  return (
    <Button size="sm" look="link" aria-label={`Show source: ${what}`} onClick={() => openEvidence(setView, position.id, evidence.articleId)}>
      Show source
    </Button>
  );
}

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
  const focused = history.some((position) => position.id === focus);
  return (
    <div className={`min-w-44 space-y-1 text-sm ${focused ? 'rounded bg-amber-50 outline outline-2 outline-oi-orange' : ''}`}>
      <div className="flex flex-wrap items-center gap-x-2">
        <StanceLabel stance={latest.stance} />
        <time dateTime={latest.date} className="text-xs text-slate-600">
          {formatDate(latest.date)}
        </time>
      </div>
      <p className="text-slate-700">{latest.summary}</p>
      <EvidenceButton position={latest} setView={setView} what={`${actorName} on ${topicLabel}, ${latest.date}`} />
      {history.length > 1 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-700 focus-visible:outline-2 focus-visible:outline-oi-blue">
            How it changed ({history.length} statements)
          </summary>
          <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-2">
            {history.map((position) => (
              <li key={position.id}>
                <time dateTime={position.date}>{formatDate(position.date)}</time>: <StanceLabel stance={position.stance} /> —{' '}
                {position.summary}{' '}
                <EvidenceButton position={position} setView={setView} what={`${actorName} on ${topicLabel}, ${position.date}`} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
