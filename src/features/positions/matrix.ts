// Propositions × parties. A person's statements are filed under the party they speak for, and
// the people who spoke are kept with each statement; analysts and other commentary never
// appear, whatever they say.
import { compareCodeUnits, compareNames } from '../../lib/compare-text.ts';
import type { Actor, BundleIndex, Position } from '../../schema/bundle.ts';
import { propositionOrder } from '../../schema/propositions.ts';

export interface PartyColumn {
  actor: Actor;
  /** Statements filed under the party in view. */
  count: number;
  /** People who spoke for the party, with how many statements each. */
  speakers: Map<string, number>;
}

export interface Matrix {
  /** Proposition ids in the list's order (ids the list does not know, from older bundles, last). */
  propositions: string[];
  parties: PartyColumn[];
  /** `${proposition}|${party}` → statements oldest first; the last is the one shown. */
  cells: Map<string, Position[]>;
}

export const cellKey = (proposition: string, party: string) => `${proposition}|${party}`;

/** The party a statement is filed under, and the person who made it (if a person did). */
export function holderOf(position: Position, actors: ReadonlyMap<string, Actor>): { party: Actor; speaker: Actor | null } | null {
  const actor = actors.get(position.actor);
  if (!actor || actor.voice !== 'party') return null;
  const party = actor.kind === 'person' && actor.party ? actors.get(actor.party) : actor;
  if (!party) return null;
  const speakerId = position.speaker ?? (actor.kind === 'person' ? actor.id : null);
  return { party, speaker: speakerId ? (actors.get(speakerId) ?? null) : null };
}

export function buildMatrix(index: BundleIndex, positions: readonly Position[]): Matrix {
  const actors = new Map(index.actors.map((actor) => [actor.id, actor]));
  // Each actor's party, resolved once: a large corpus has tens of thousands of statements and a few dozen actors.
  const partyOfActor = new Map<string, Actor | null>();
  const parties = new Map<string, PartyColumn>();
  const byProposition = new Map<string, Map<string, Position[]>>();
  for (const position of positions) {
    let party = partyOfActor.get(position.actor);
    if (party === undefined) {
      const actor = actors.get(position.actor);
      party = !actor || actor.voice !== 'party' ? null : actor.kind === 'person' && actor.party ? (actors.get(actor.party) ?? null) : actor;
      partyOfActor.set(position.actor, party);
    }
    if (!party) continue;
    let column = parties.get(party.id);
    if (!column) parties.set(party.id, (column = { actor: party, count: 0, speakers: new Map<string, number>() }));
    column.count += 1;
    const speaker = position.speaker ?? (position.actor !== party.id ? position.actor : null);
    if (speaker) column.speakers.set(speaker, (column.speakers.get(speaker) ?? 0) + 1);
    let row = byProposition.get(position.topic);
    if (!row) byProposition.set(position.topic, (row = new Map()));
    const cell = row.get(party.id);
    if (cell) cell.push(position);
    else row.set(party.id, [position]);
  }
  const cells = new Map<string, Position[]>();
  for (const [proposition, row] of byProposition) {
    for (const [party, cell] of row) {
      cell.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id));
      cells.set(cellKey(proposition, party), cell);
    }
  }
  return {
    propositions: [...byProposition.keys()].sort((a, b) => propositionOrder(a) - propositionOrder(b) || compareCodeUnits(a, b)),
    // The parties that said most first: the two sides of the talks lead, mediators and others follow.
    parties: [...parties.values()].sort((a, b) => b.count - a.count || compareNames(a.actor.name, b.actor.name)),
    cells,
  };
}
