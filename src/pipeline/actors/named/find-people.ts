// People the gazetteer does not know, read from how the article introduces them (see
// rules.ts), then found again through the article by full name and surname ("Mr Halvorsen",
// "Halvorsen said"). Each becomes an actor with the role the text gives, the side the role
// names ("Russian", "Ukraine's", "UN …") and a stable id from the full name.
import type { Actor } from '../../../schema/bundle.ts';
import type { ActorHit, Sentence } from '../../context.ts';
import { traced } from '../../trace.ts';
import { foldName, personId, sameInitial } from '../fold.ts';
import { knownSurname } from './known-surnames.ts';
import type { Word } from './capitalised.ts';
import type { HitIndex } from './hit-index.ts';
import type { ActorLexicon } from '../../language/types.ts';
import { nameRuns } from './name-runs.ts';
import { PERSON_RULES } from './rules.ts';

/** A mention written as a name only ("Vladimir Medinsky"), not an office ("Ukraine's president"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*$/u;

/** A compass word or "Latin" before a place makes a region of it. */
const REGION_BEFORE = /(?:North|South|East|West|Latin|Central)\s$/;

export interface FoundPerson {
  actor: Actor;
  /** Folded surname, for finding "Mr X" and spelling variants. */
  surname: string;
  /** Where the article introduced the person. */
  hits: ActorHit[];
}

/**
 * `sideOf(id)`: the state or organisation a known actor is or speaks for ("Ukraine's
 * president" → ukraine), null for outlets; `isPersonId(id)`: whether it is a person.
 */
export function findPeople(
  text: string,
  sentences: readonly Sentence[],
  /** Each sentence's capitalised words. */
  words: readonly (readonly Word[])[],
  known: HitIndex,
  sideOf: (id: string) => string | null,
  isPersonId: (id: string) => boolean,
  lexicon: ActorLexicon,
): Map<string, FoundPerson> {
  const people = new Map<string, FoundPerson>();
  sentences.forEach((sentence, index) => {
    for (const run of nameRuns(text, words[index]!, known, lexicon)) {
      const parts = run.name.split(/\s+/);
      // A known person in another spelling ("Umyerov" for Umerov) is found by the variant pass, not here.
      const variant = knownSurname(parts.at(-1)!);
      if (variant && sameInitial(parts[0]!, variant.firstName)) continue;
      for (const rule of PERSON_RULES) {
        const role = rule.role(text, sentence, run, lexicon);
        if (!role) continue;
        const id = personId(run.name);
        const hit: ActorHit = { actor: id, start: run.start, end: run.end, alias: run.name };
        const existing = people.get(id);
        if (existing) {
          existing.hits.push(hit);
          break;
        }
        // Two names side by side are not a title and a name: "… Vladimir Medinsky Ivan Petrenko" is a photo credit.
        const inRole = known.between(role.start, role.end);
        if (inRole.some((h) => isPersonId(h.actor) && NAME_ONLY.test(h.alias) && /^\s*$/.test(text.slice(h.end, run.start)))) break;
        const roleText = text.slice(role.start, role.end).trim();
        const commentary = roleText.toLowerCase().split(/[\s-]+/).some((word) => lexicon.COMMENTARY_WORD.has(word));
        // "the North America department" names a region, not the United States.
        const side = inRole
          .filter((h) => !REGION_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)))
          .map((h) => sideOf(h.actor))
          .find((id) => id !== null);
        const actor = traced(
          { id, name: run.name, kind: 'person' as const, party: commentary ? null : (side ?? null), role: roleText || null, voice: commentary ? ('commentary' as const) : ('party' as const), aliases: [] },
          rule.id,
        );
        people.set(id, { actor, surname: foldName(parts.at(-1)!), hits: [hit] });
        break;
      }
    }
  });
  return people;
}
