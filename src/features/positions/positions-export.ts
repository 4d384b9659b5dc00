// The statements in view as rows for CSV and JSON: one row per statement, each with the party
// it is filed under, the person who made it, the proposition in words and the sentence.
import type { CsvValue } from '../../lib/export/csv.ts';
import type { Actor } from '../../schema/bundle.ts';
import { propositionLabel } from './MatrixTable.tsx';
import { cellKey, holderOf, type Matrix, type PartyColumn } from './matrix.ts';
import { moveOf } from './moves.ts';

export const POSITION_CSV_COLUMNS = [
  'proposition_id',
  'proposition',
  'party_id',
  'party',
  'stance',
  'date',
  'latest_in_view',
  'moved_from',
  'speaker',
  'summary',
  'article_id',
  'quote',
  'position_id',
] as const;

type Column = (typeof POSITION_CSV_COLUMNS)[number];

export function positionRecords(matrix: Matrix, parties: readonly PartyColumn[], actors: ReadonlyMap<string, Actor>): Record<Column, CsvValue>[] {
  const records: Record<Column, CsvValue>[] = [];
  for (const proposition of matrix.propositions) {
    for (const { actor: party } of parties) {
      const history = matrix.cells.get(cellKey(proposition, party.id)) ?? [];
      const move = moveOf(history);
      history.forEach((position, i) => {
        const latest = i === history.length - 1;
        const speaker = holderOf(position, actors)?.speaker;
        records.push({
          proposition_id: proposition,
          proposition: propositionLabel(proposition),
          party_id: party.id,
          party: party.name,
          stance: position.stance,
          date: position.date,
          latest_in_view: latest,
          moved_from: latest && move ? move.from : '',
          speaker: speaker?.name ?? '',
          summary: position.summary,
          article_id: position.evidence[0]?.articleId ?? '',
          quote: position.evidence[0]?.quote ?? '',
          position_id: position.id,
        });
      });
    }
  }
  return records;
}
