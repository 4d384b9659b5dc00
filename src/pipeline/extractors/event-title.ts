// A short, neutral title from what the event is, who took part and where:
// "Talks between Ukraine and Russia in Istanbul".
import type { Actor, EventKind } from '../../schema/bundle.ts';

const LABELS: Record<EventKind, string> = {
  talks: 'Talks',
  meeting: 'Meeting',
  statement: 'Statement',
  call: 'Call',
  ultimatum: 'Ultimatum',
  deadline: 'Deadline set',
  'prisoner-exchange': 'Prisoner exchange',
  sanctions: 'Sanctions',
  other: 'Event',
};

const JOINT_KINDS = new Set<EventKind>(['talks', 'meeting', 'call', 'prisoner-exchange', 'other']);

/**
 * `label`: the title word of an event its kind does not name ("Start of the war", "Signing").
 * A labelled event is "between" two sides or more; one side alone is "by" it.
 */
export function eventTitle(kind: EventKind, participants: string[], place: string | null, actors: ReadonlyMap<string, Actor>, label?: string): string {
  const sides = JOINT_KINDS.has(kind) ? asSides(participants, actors) : participants;
  const shown = JOINT_KINDS.has(kind) ? sides.slice(0, 3) : sides.slice(0, 1);
  const names = shown.map((id) => actors.get(id)?.name ?? id);
  let title = label ?? LABELS[kind];
  if (label && names.length === 1) return `${title} by ${names[0]!}${place ? ` in ${place}` : ''}`;
  if (names.length > 0) {
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    title += JOINT_KINDS.has(kind) ? (names.length === 1 ? ` with ${list}` : ` between ${list}`) : ` by ${list}`;
  }
  return place ? `${title} in ${place}` : title;
}

/** When a state takes part, its officials are shown as that state: "Russia and Ukraine", not "Russia and Sergei Lavrov". */
function asSides(participants: string[], actors: ReadonlyMap<string, Actor>): string[] {
  const hasState = participants.some((id) => actors.get(id)?.kind === 'state');
  if (!hasState) return participants;
  const sides = participants.map((id) => (actors.get(id)?.kind === 'person' ? (actors.get(id)?.party ?? id) : id));
  return [...new Set(sides)];
}
