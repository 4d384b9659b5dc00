// Who moved, and when: a cell whose stance in the selected dates ended other than it began.
import type { Position, Stance } from '../../schema/bundle.ts';
import { cellKey, type Matrix } from './matrix.ts';

export interface Move {
  from: Stance;
  to: Stance;
  /** The first statement of the stance the cell ends on, after the last one that differed. */
  since: Position;
}

/** The move in a cell's history (oldest first), or null when it ends where it began. */
export function moveOf(history: readonly Position[]): Move | null {
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last || first.stance === last.stance) return null;
  let at = history.length - 1;
  while (at > 0 && history[at - 1]!.stance === last.stance) at -= 1;
  return { from: first.stance, to: last.stance, since: history[at]! };
}

export interface MatrixMove extends Move {
  proposition: string;
  party: string;
}

/** Every move in the matrix, latest first. */
export function listMoves(matrix: Matrix): MatrixMove[] {
  const moves: MatrixMove[] = [];
  for (const proposition of matrix.propositions) {
    for (const { actor } of matrix.parties) {
      const move = moveOf(matrix.cells.get(cellKey(proposition, actor.id)) ?? []);
      if (move) moves.push({ ...move, proposition, party: actor.id });
    }
  }
  return moves.sort((a, b) => (a.since.date < b.since.date ? 1 : a.since.date > b.since.date ? -1 : 0));
}
