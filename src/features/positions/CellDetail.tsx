// What a selected cell stands on: the latest statement, who made it, the move, the history
// and the sentence it came from.
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { formatDate } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Actor, Position } from '../../schema/bundle.ts';
import { EvidenceButton } from './EvidenceButton.tsx';
import type { Move } from './moves.ts';
import { PositionHistory } from './PositionHistory.tsx';
import { STANCE, StanceLabel } from './StanceLabel.tsx';

export function CellDetail({
  id,
  history,
  move,
  party,
  propositionLabel,
  description,
  actors,
  focus,
  setView,
  onClose,
  focusOnOpen,
}: {
  id: string;
  /** Opened by the reader (not by a link): the keyboard moves into the statement. */
  focusOnOpen: boolean;
  history: Position[];
  move: Move | null;
  party: Actor;
  propositionLabel: string;
  description: string;
  actors: ReadonlyMap<string, Actor>;
  focus: string | null;
  setView: (patch: Partial<ViewState>) => void;
  onClose: () => void;
}) {
  const regionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnOpen) regionRef.current?.focus();
  }, [focusOnOpen, id]);
  const latest = history[history.length - 1];
  if (!latest) return null;
  const what = `${party.name} on ${propositionLabel}`;
  const speakerId = latest.speaker ?? (latest.actor !== party.id ? latest.actor : null);
  const speaker = speakerId ? actors.get(speakerId) : undefined;
  return (
    <div
      ref={regionRef}
      id={id}
      role="region"
      aria-label={what}
      tabIndex={-1}
      className="space-y-2 rounded border border-slate-300 bg-white p-3 text-sm focus-visible:outline-2 focus-visible:outline-oi-blue"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p>
          <strong>{what}</strong> <span className="text-slate-600">— {description}</span>
        </p>
        <Button size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      <p>
        <StanceLabel stance={latest.stance} /> · <time dateTime={latest.date}>{formatDate(latest.date)}</time> · {latest.summary}
      </p>
      <p className="text-slate-700">
        {speaker ? `Stated by ${speaker.name}, filed under ${party.name}.` : `Stated by ${party.name}.`}{' '}
        <EvidenceButton position={latest} setView={setView} what={`${what}, ${latest.date}`} />
      </p>
      {move && (
        <p>
          Moved from {STANCE[move.from].label} to {STANCE[move.to].label} on{' '}
          <time dateTime={move.since.date}>{formatDate(move.since.date)}</time>.
        </p>
      )}
      {history.length > 1 && <PositionHistory history={history} what={what} focus={focus} setView={setView} />}
    </div>
  );
}
