// When the actor filter names a person: what is shown is what that person stated, filed under
// the party they speak for.
import type { Actor } from '../../schema/bundle.ts';

export function PersonNote({ chosen, actors }: { chosen: readonly string[]; actors: ReadonlyMap<string, Actor> }) {
  const people = chosen.map((id) => actors.get(id)).filter((actor): actor is Actor => actor?.kind === 'person');
  if (people.length === 0) return null;
  return (
    <p className="rounded bg-slate-100 p-2 text-sm text-slate-800">
      {people.map((person, i) => {
        const party = person.party ? actors.get(person.party)?.name : undefined;
        return (
          <span key={person.id}>
            {i > 0 && ' '}
            Showing what {person.name} stated{party ? `, filed under ${party}, the party they speak for` : ''}.
            {person.voice === 'commentary' && ` ${person.name} is a commentator: their words are not a party's position.`}
          </span>
        );
      })}
    </p>
  );
}
