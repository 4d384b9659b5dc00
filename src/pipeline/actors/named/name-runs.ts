// Runs of capitalised words that may be a person's name ("Karolina Lindholm Billing",
// "Rosemary DiCarlo", "Ursula von der Leyen"), with the title words in front split off:
// "Russian Deputy Foreign Minister Sergei Ryabkov" → title "Russian Deputy Foreign Minister",
// name "Sergei Ryabkov".
import type { HitIndex } from './hit-index.ts';
import { NOT_A_NAME, NOT_IN_NAME, ROLE_WORD } from './lexicon.ts';

const TOKEN = String.raw`(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]\p{Lu}\p{Ll}+)`;
const PARTICLE = String.raw`(?:von|van|der|de|da|di|al|bin|ibn|la|le|dos|del)`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.])${TOKEN}(?:\s(?:${PARTICLE}\s)*${TOKEN}){1,6}(?![\p{L}\p{N}])`, 'gu');

export interface NameRun {
  /** Offsets of the name itself, title words excluded. */
  start: number;
  end: number;
  name: string;
}

/** Names of two to four words in [start, end) that no known spelling covers. */
export function nameRuns(text: string, start: number, end: number, hits: HitIndex): NameRun[] {
  const runs: NameRun[] = [];
  RUN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    const words = [...m[0].matchAll(/\S+/g)];
    // Title words and known names in front ("Commerce Secretary", "Russian") are not the name.
    let first = 0;
    words.forEach((word, i) => {
      if (isTitleWord(word[0], start + m!.index + word.index!, hits)) first = i + 1;
    });
    const rest = words.slice(first);
    if (rest.length < 2 || rest.length > 4) continue;
    const s = start + m.index + rest[0]!.index!;
    const e = start + m.index + m[0].length;
    // "[President Recep Tayyip] Erdoğan": an editor's insertion, not a name of its own.
    if (hits.overlaps(s, e) || /^[\]\)]/.test(text.slice(e, e + 1))) continue;
    runs.push({ start: s, end: e, name: text.slice(s, e) });
  }
  return runs;
}

function isTitleWord(word: string, at: number, hits: HitIndex): boolean {
  return NOT_A_NAME.has(word) || NOT_IN_NAME.has(word) || ROLE_WORD.has(word.toLowerCase()) || hits.overlaps(at, at + 1);
}
