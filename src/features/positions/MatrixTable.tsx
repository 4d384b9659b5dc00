// Propositions as rows, parties as columns: few parties, many propositions, so every
// proposition fits at 1280 px without sideways scrolling. On a phone each row is a card
// listing each side's stance (the same markup, laid out as blocks).
import { Fragment, useMemo } from 'react';
import { partyColour } from '../../lib/party-colours.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Actor } from '../../schema/bundle.ts';
import { propositionOf } from '../../schema/propositions.ts';
import { humanise } from '../../lib/labels.ts';
import { CellDetail } from './CellDetail.tsx';
import { cellKey, type Matrix, type PartyColumn } from './matrix.ts';
import { moveOf } from './moves.ts';
import { PositionCell } from './PositionCell.tsx';

export const propositionLabel = (id: string) => propositionOf(id)?.label ?? humanise(id);
export const propositionDescription = (id: string) => propositionOf(id)?.description ?? '';

const safeId = (key: string) => key.replace(/[^a-z0-9-]/gi, '-');
const detailIdOf = (key: string) => `position-detail-${safeId(key)}`;
const cellIdOf = (key: string) => `position-cell-${safeId(key)}`;

export function MatrixTable({
  matrix,
  parties,
  actors,
  selected,
  onSelect,
  selectedByReader,
  focus,
  setView,
}: {
  matrix: Matrix;
  /** The party columns shown (the rest are behind "Show all parties"). */
  parties: PartyColumn[];
  actors: ReadonlyMap<string, Actor>;
  selected: string | null;
  onSelect: (key: string | null) => void;
  /** The selected cell was opened by the reader: move the keyboard into its statement. */
  selectedByReader: boolean;
  focus: string | null;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const moves = useMemo(() => {
    const found = new Map<string, ReturnType<typeof moveOf>>();
    for (const [key, history] of matrix.cells) found.set(key, moveOf(history));
    return found;
  }, [matrix]);

  return (
    <table className="w-full table-fixed border-collapse text-left max-md:block">
      <caption className="sr-only">Stance of each party on each proposition, latest statement in the selected dates</caption>
      <colgroup className="max-md:hidden">
        <col className="w-64 lg:w-72" />
        {parties.map(({ actor }) => (
          <col key={actor.id} />
        ))}
      </colgroup>
      <thead className="bg-slate-50 max-md:hidden">
        <tr>
          <th scope="col" className="p-2 align-bottom text-sm font-semibold">
            Proposition
          </th>
          {parties.map((column) => (
            <th key={column.actor.id} scope="col" className="p-2 align-bottom text-sm font-semibold break-words">
              <PartyHeader column={column} actors={actors} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:block max-md:space-y-3">
        {matrix.propositions.map((proposition) => {
          const openKey = parties.map(({ actor }) => cellKey(proposition, actor.id)).find((key) => key === selected);
          const openParty = openKey ? parties.find(({ actor }) => cellKey(proposition, actor.id) === openKey) : undefined;
          return (
            <Fragment key={proposition}>
              <tr className="border-t border-slate-200 align-top max-md:block max-md:rounded max-md:border max-md:p-2">
                <th scope="row" className="p-2 text-sm font-normal max-md:block max-md:p-1">
                  <span className="block font-semibold">{propositionLabel(proposition)}</span>
                  <span className="block text-xs text-slate-600">{propositionDescription(proposition)}</span>
                </th>
                {parties.map(({ actor }) => {
                  const key = cellKey(proposition, actor.id);
                  const stated = matrix.cells.has(key);
                  return (
                    // On a phone a card lists the sides that stated a stance; the empty ones are left out.
                    <td key={actor.id} className={`p-1 ${stated ? 'max-md:block' : 'max-md:hidden'}`}>
                      <PositionCell
                        history={matrix.cells.get(key) ?? []}
                        move={moves.get(key) ?? null}
                        partyName={actor.name}
                        propositionLabel={propositionLabel(proposition)}
                        open={key === selected}
                        id={cellIdOf(key)}
                        detailId={detailIdOf(key)}
                        onToggle={() => onSelect(key === selected ? null : key)}
                      />
                    </td>
                  );
                })}
              </tr>
              {openKey && openParty && (
                <tr className="max-md:block">
                  <td colSpan={parties.length + 1} className="p-2 max-md:block">
                    <CellDetail
                      id={detailIdOf(openKey)}
                      history={matrix.cells.get(openKey) ?? []}
                      move={moves.get(openKey) ?? null}
                      party={openParty.actor}
                      propositionLabel={propositionLabel(proposition)}
                      description={propositionDescription(proposition)}
                      actors={actors}
                      focus={focus}
                      setView={setView}
                      focusOnOpen={selectedByReader}
                      onClose={() => {
                        onSelect(null);
                        // Back to the cell the statement belongs to, not the top of the page.
                        document.getElementById(cellIdOf(openKey))?.focus();
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

/** The party's name and hue, with the people who spoke for it folded under. */
function PartyHeader({ column, actors }: { column: PartyColumn; actors: ReadonlyMap<string, Actor> }) {
  const people = [...column.speakers].sort((a, b) => b[1] - a[1]);
  return (
    <>
      <span className="flex items-center gap-1">
        <svg aria-hidden="true" width="10" height="10" className="shrink-0">
          <rect width="10" height="10" rx="2" fill={partyColour(column.actor.id, actors)} />
        </svg>
        {column.actor.name}
      </span>
      {people.length > 0 && (
        <details className="text-xs font-normal text-slate-700">
          <summary className="cursor-pointer focus-visible:outline-2 focus-visible:outline-oi-blue">
            {people.length === 1 ? '1 person' : `${people.length} people`} spoke
          </summary>
          <ul>
            {people.map(([id, count]) => (
              <li key={id}>
                {actors.get(id)?.name ?? id} ({count})
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
