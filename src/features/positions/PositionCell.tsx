// One cell of the matrix: the latest stance as a symbol, colour and word, with its date and,
// when the stance changed within the dates, the move. The statement itself opens on demand.
import { formatDate } from '../../lib/labels.ts';
import type { Position } from '../../schema/bundle.ts';
import type { Move } from './moves.ts';
import { monthOf, STANCE } from './StanceLabel.tsx';

export function PositionCell({
  history,
  move,
  partyName,
  propositionLabel,
  open,
  id,
  detailId,
  onToggle,
}: {
  id: string;
  history: Position[];
  move: Move | null;
  partyName: string;
  propositionLabel: string;
  open: boolean;
  detailId: string;
  onToggle: () => void;
}) {
  const latest = history[history.length - 1];
  // The party's name is read out by the column header on wide screens and shown on phones, where each row is a card.
  const party = (
    <span className="font-semibold text-slate-800 md:sr-only">
      {partyName}
      <span aria-hidden="true" className="md:hidden">
        :{' '}
      </span>
    </span>
  );
  if (!latest) {
    return (
      <span className="block px-2 py-1 text-sm text-slate-500">
        {party}
        <span aria-hidden="true">—</span>
        <span className="sr-only"> no stated position on {propositionLabel}</span>
      </span>
    );
  }
  const { symbol, label, className, cell } = STANCE[latest.stance];
  return (
    <button
      id={id}
      type="button"
      // The visible words, in order, after the row's proposition: on a phone the party's name is visible too.
      aria-label={`${propositionLabel} — ${partyName}: ${label} ${formatDate(latest.date)}${
        move ? ` ${STANCE[move.from].label} → ${STANCE[move.to].label}, ${monthOf(move.since.date)}` : ''
      }`}
      aria-expanded={open}
      aria-controls={open ? detailId : undefined}
      onClick={onToggle}
      className={`block w-full rounded px-1.5 py-1 text-left text-sm break-words ${cell} hover:ring-1 hover:ring-slate-400 focus-visible:outline-2 focus-visible:outline-oi-blue ${open ? 'ring-2 ring-oi-blue' : ''}`}
    >
      {party}
      {/* 13 px and tight: "◐ Conditional" fits a column of seven parties at 1280 px without breaking mid-word. */}
      <span className="text-[0.8125rem] font-semibold tracking-tight">
        <span aria-hidden="true" className={`mr-0.5 text-base leading-none ${className}`}>
          {symbol}
        </span>
        {label}
      </span>{' '}
      <time dateTime={latest.date} className="block text-xs text-slate-700">
        {formatDate(latest.date)}
      </time>{' '}
      {move && (
        <span className="block text-xs text-slate-800">
          {STANCE[move.from].label} → {STANCE[move.to].label}, {monthOf(move.since.date)}
        </span>
      )}
    </button>
  );
}
