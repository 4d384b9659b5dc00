// Parties × topics. Only actors whose words count as a party's stated position appear;
// analysts and other commentary never do, whatever they say.
import { compareCodeUnits, compareNames } from '../../lib/compare-text.ts';
import type { Actor, BundleIndex, Position, Stance } from '../../schema/bundle.ts';

export interface MatrixRow {
  actor: Actor;
  /** Per topic, that actor's positions oldest first; the last is the one shown. */
  cells: Map<string, Position[]>;
}

export interface Matrix {
  topics: string[];
  rows: MatrixRow[];
}

const KIND_ORDER: Record<Actor['kind'], number> = { state: 0, organisation: 1, group: 2, person: 3 };

export function buildMatrix(index: BundleIndex, positions: readonly Position[]): Matrix {
  const actors = new Map(index.actors.map((actor) => [actor.id, actor]));
  const rows = new Map<string, MatrixRow>();
  const topics = new Set<string>();
  for (const position of positions) {
    const actor = actors.get(position.actor);
    if (!actor || actor.voice !== 'party') continue;
    topics.add(position.topic);
    const row = rows.get(actor.id) ?? { actor, cells: new Map<string, Position[]>() };
    rows.set(actor.id, row);
    const cell = row.cells.get(position.topic) ?? [];
    cell.push(position);
    row.cells.set(position.topic, cell);
  }
  for (const row of rows.values()) {
    for (const cell of row.cells.values()) cell.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id));
  }
  // A state sits with the people who speak for it.
  const groupOf = (actor: Actor) => actors.get(actor.party ?? '')?.name ?? actor.name;
  const sortedRows = [...rows.values()].sort(
    (a, b) =>
      compareNames(groupOf(a.actor), groupOf(b.actor)) ||
      KIND_ORDER[a.actor.kind] - KIND_ORDER[b.actor.kind] ||
      compareNames(a.actor.name, b.actor.name),
  );
  return { topics: [...topics].sort(), rows: sortedRows };
}

/** "For on 2 topics, against on 1": the latest stance on each topic, counted. */
export function rowSummary(row: MatrixRow): string {
  const counts: Record<Stance, number> = { for: 0, against: 0, conditional: 0 };
  for (const cell of row.cells.values()) {
    const latest = cell[cell.length - 1];
    if (latest) counts[latest.stance] += 1;
  }
  const parts = (['for', 'against', 'conditional'] as const)
    .filter((stance) => counts[stance] > 0)
    .map((stance) => `${stance} on ${counts[stance]} ${counts[stance] === 1 ? 'topic' : 'topics'}`);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
