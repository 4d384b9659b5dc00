// The hand-written list of actors the tracker knows, and lookups over it. Extractors
// use `actorIdForName` to turn a speaker's words ("Foreign Minister Dmytro Kuleba",
// "Zelenskiy") into an actor id.
import type { Actor } from '../../schema/bundle.ts';
import { OUTLETS } from './outlets.ts';
import { PEOPLE } from './people.ts';
import { STATES_AND_BODIES } from './states-and-bodies.ts';
import type { GazetteerEntry } from './types.ts';

export const GAZETTEER_ENTRIES: readonly GazetteerEntry[] = [...STATES_AND_BODIES, ...PEOPLE, ...OUTLETS];

/** Every known actor by id, with no aliases (the bundle fills in the spellings seen). */
export const GAZETTEER: ReadonlyMap<string, Actor> = new Map(
  GAZETTEER_ENTRIES.map((entry) => [entry.actor.id, { ...entry.actor, aliases: [] }]),
);

const BY_SPELLING = new Map<string, string>();
for (const entry of GAZETTEER_ENTRIES) {
  const spellings = [...entry.names, ...entry.surnames, ...entry.roles.map((role) => role.phrase)];
  for (const spelling of spellings) {
    if (!BY_SPELLING.has(spelling)) BY_SPELLING.set(spelling, entry.actor.id);
  }
}

const TITLE_WORDS =
  /^(?:(?:the|The|former|Former|then|Deputy|Prime|Foreign|Defence|Defense|Minister|President|Secretary|General|of|State|Senator|Sir|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chancellor|Spokesman|spokesman|US|U\.S\.|Ukrainian|Russian|Turkish|French|British|NATO|Israeli)\s+)+/;

/**
 * The actor a name refers to, or null. Accepts any known spelling, with or without
 * titles and a possessive: "President Zelensky's" → volodymyr-zelensky.
 */
export function actorIdForName(words: string): string | null {
  const name = words.trim().replace(/['’]s?$/, '');
  const direct = BY_SPELLING.get(name);
  if (direct) return direct;
  const untitled = name.replace(TITLE_WORDS, '');
  return BY_SPELLING.get(untitled) ?? BY_SPELLING.get(untitled.split(/\s+/).at(-1) ?? '') ?? null;
}
