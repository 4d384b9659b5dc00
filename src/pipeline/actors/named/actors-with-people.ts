// The gazetteer seen together with the people one article introduced, without copying
// the gazetteer for every article.
import type { Actor } from '../../../schema/bundle.ts';

export class ActorsWithPeople implements ReadonlyMap<string, Actor> {
  constructor(
    private readonly known: ReadonlyMap<string, Actor>,
    private readonly people: ReadonlyMap<string, Actor>,
  ) {}

  get(id: string): Actor | undefined {
    return this.known.get(id) ?? this.people.get(id);
  }
  has(id: string): boolean {
    return this.known.has(id) || this.people.has(id);
  }
  get size(): number {
    return this.known.size + [...this.people.keys()].filter((id) => !this.known.has(id)).length;
  }
  *entries(): MapIterator<[string, Actor]> {
    yield* this.known.entries();
    for (const entry of this.people) if (!this.known.has(entry[0])) yield entry;
  }
  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }
  *values(): MapIterator<Actor> {
    for (const [, actor] of this.entries()) yield actor;
  }
  [Symbol.iterator](): MapIterator<[string, Actor]> {
    return this.entries();
  }
  forEach(callback: (value: Actor, key: string, map: ReadonlyMap<string, Actor>) => void): void {
    for (const [id, actor] of this.entries()) callback(actor, id, this);
  }
}
