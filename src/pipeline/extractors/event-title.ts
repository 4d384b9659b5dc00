// A short, neutral title from what the event is, who took part and where:
// "Talks between Ukraine and Russia in Istanbul".
import type { Actor, EventKind } from '../../schema/bundle.ts';

const LABELS: Record<EventKind, string> = {
  talks: 'Talks',
  meeting: 'Meeting',
  statement: 'Statement',
  ultimatum: 'Ultimatum',
  deadline: 'Deadline set',
  'prisoner-exchange': 'Prisoner exchange',
  sanctions: 'Sanctions',
  other: 'Call',
};

const JOINT_KINDS = new Set<EventKind>(['talks', 'meeting', 'prisoner-exchange', 'other']);

export function eventTitle(kind: EventKind, participants: string[], place: string | null, actors: ReadonlyMap<string, Actor>): string {
  const shown = JOINT_KINDS.has(kind) ? participants.slice(0, 3) : participants.slice(0, 1);
  const names = shown.map((id) => actors.get(id)?.name ?? id);
  let title = LABELS[kind];
  if (names.length > 0) {
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    title += JOINT_KINDS.has(kind) ? (names.length === 1 ? ` with ${list}` : ` between ${list}`) : ` by ${list}`;
  }
  return place ? `${title} in ${place}` : title;
}
