import { useMemo } from 'react';
import { MultiCombobox, type ComboOption } from '../../components/ui/MultiCombobox.tsx';
import { compareNames } from '../../lib/compare-text.ts';
import type { Actor, BundleIndex } from '../../schema/bundle.ts';

const KIND_ORDER: Record<Actor['kind'], number> = { state: 0, organisation: 1, group: 2, person: 3 };

function hintFor(actor: Actor, names: Map<string, string>): string {
  const party = actor.party ? names.get(actor.party) : undefined;
  const parts = [actor.role ?? actor.kind, party && !actor.role?.includes(party) ? party : null];
  if (actor.voice === 'commentary') parts.push('commentary');
  return parts.filter(Boolean).join(' · ');
}

export function ActorFilter({
  index,
  selected,
  onChange,
}: {
  /** Until the data arrives the field is there, empty, so nothing moves when it does. */
  index: BundleIndex | undefined;
  selected: readonly string[];
  onChange: (actors: string[]) => void;
}) {
  const { options, peopleOf } = useMemo(() => {
    const actors = index?.actors ?? [];
    const names = new Map(actors.map((actor) => [actor.id, actor.name]));
    const sorted = [...actors].sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareNames(a.name, b.name),
    );
    const options: ComboOption[] = sorted.map((actor) => ({
      value: actor.id,
      label: actor.name,
      hint: hintFor(actor, names),
      keywords: actor.aliases,
    }));
    const peopleOf = new Map<string, number>();
    for (const actor of actors) {
      if (actor.party) peopleOf.set(actor.party, (peopleOf.get(actor.party) ?? 0) + 1);
    }
    return { options, peopleOf };
  }, [index]);

  return (
    <MultiCombobox
      label="Actors"
      placeholder="Type a country or person"
      options={options}
      selected={selected}
      onChange={onChange}
      chipNote={(id) => {
        const count = peopleOf.get(id) ?? 0;
        return count > 0 ? `+ ${count} speaking for it` : null;
      }}
    />
  );
}
