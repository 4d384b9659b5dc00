// The gazetteer's people by folded surname, so a spelling variant finds its person.
import { foldName } from '../fold.ts';
import { GAZETTEER_ENTRIES } from '../gazetteer.ts';

export interface KnownSurname {
  actor: string;
  party: string | null;
  firstName: string;
  /** Named by surname alone anywhere ("Zelensky"), not only after the full name. */
  famous: boolean;
}

export const KNOWN_SURNAMES = new Map<string, KnownSurname>();
for (const { actor, names, surnames } of GAZETTEER_ENTRIES) {
  if (actor.kind !== 'person') continue;
  const firstName = actor.name.split(' ')[0]!;
  const famous = names.filter((name) => !name.includes(' '));
  for (const surname of [...surnames, ...famous]) {
    const key = foldName(surname);
    if (!KNOWN_SURNAMES.has(key)) KNOWN_SURNAMES.set(key, { actor: actor.id, party: actor.party, firstName, famous: famous.includes(surname) });
  }
}

export const knownSurname = (word: string): KnownSurname | undefined => KNOWN_SURNAMES.get(foldName(word.replace(/['’]s?$/, '')));
