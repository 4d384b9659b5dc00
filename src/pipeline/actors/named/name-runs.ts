// Runs of capitalised words that may be a person's name ("Marta Lindqvist Halvorsen",
// "Lena McAvoy", "Ursula von der Leyen"), with the title words in front split off:
// "Russian Deputy Foreign Minister Pavel Orlin" → title "Russian Deputy Foreign Minister",
// name "Pavel Orlin".
import type { Word } from './capitalised.ts';
import type { HitIndex } from './hit-index.ts';
import type { ActorLexicon } from '../../language/types.ts';

/** A word a name is made of: "Lindqvist", "McAvoy", "O'Brien", not "UN" or "UNHCR". */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u;
const PARTICLES = /^ (?:(?:von|van|der|de|da|di|al|bin|ibn|la|le|dos|del) )*$/;

export interface NameRun {
  /** Offsets of the name itself, title words excluded. */
  start: number;
  end: number;
  name: string;
}

/** Names of two to four words among a sentence's capitalised `words` that no known spelling covers. */
export function nameRuns(text: string, words: readonly Word[], hits: HitIndex, lexicon: ActorLexicon): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j + 1 < words.length && NAME_WORD.test(text.slice(words[j + 1]!.start, words[j + 1]!.end)) && PARTICLES.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const run = words.slice(i, j + 1).filter((word) => NAME_WORD.test(text.slice(word.start, word.end)));
    i = j + 1;
    if (run.length < 2) continue;
    // Title words and known names in front ("Commerce Secretary", "Russian") are not the name.
    let first = 0;
    run.forEach((word, k) => {
      if (isTitleWord(text.slice(word.start, word.end), word.start, hits, lexicon)) first = k + 1;
    });
    const rest = run.slice(first);
    if (rest.length < 2 || rest.length > 4) continue;
    const s = rest[0]!.start;
    const e = rest.at(-1)!.end;
    // "[President Recep Tayyip] Erdoğan": an editor's insertion, not a name of its own.
    if (hits.overlaps(s, e) || /^[\])]/.test(text.slice(e, e + 1))) continue;
    runs.push({ start: s, end: e, name: text.slice(s, e) });
  }
  return runs;
}

function isTitleWord(word: string, at: number, hits: HitIndex, lexicon: ActorLexicon): boolean {
  return lexicon.NOT_A_NAME.has(word) || lexicon.NOT_IN_NAME.has(word) || lexicon.ROLE_WORD.has(word.toLowerCase()) || hits.overlaps(at, at + 1);
}
