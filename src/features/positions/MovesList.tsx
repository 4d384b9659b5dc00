// "Changes only": every cell whose stance moved within the selected dates, latest move first.
import { formatDate } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Actor } from '../../schema/bundle.ts';
import { EvidenceButton } from './EvidenceButton.tsx';
import { propositionLabel } from './MatrixTable.tsx';
import type { MatrixMove } from './moves.ts';
import { STANCE } from './StanceLabel.tsx';

export function MovesList({ moves, actors, setView }: { moves: MatrixMove[]; actors: ReadonlyMap<string, Actor>; setView: (patch: Partial<ViewState>) => void }) {
  if (moves.length === 0) {
    return <p className="rounded border border-dashed border-slate-300 p-4 text-sm">No party changed its stated stance between these dates.</p>;
  }
  return (
    <ol aria-label="Changes of stance" className="space-y-2">
      {moves.map((move) => {
        const party = actors.get(move.party)?.name ?? move.party;
        const what = `${party} on ${propositionLabel(move.proposition)}`;
        return (
          <li key={`${move.proposition}|${move.party}`} className="rounded border border-slate-200 p-2 text-sm">
            <strong>{party}</strong> · {propositionLabel(move.proposition)}:{' '}
            <span className="font-semibold">
              <span aria-hidden="true" className={STANCE[move.from].className}>{STANCE[move.from].symbol}</span> {STANCE[move.from].label} →{' '}
              <span aria-hidden="true" className={STANCE[move.to].className}>{STANCE[move.to].symbol}</span> {STANCE[move.to].label}
            </span>
            , <time dateTime={move.since.date}>{formatDate(move.since.date)}</time>
            <span className="block text-slate-700">
              {move.since.summary} <EvidenceButton position={move.since} setView={setView} what={`${what}, ${move.since.date}`} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
