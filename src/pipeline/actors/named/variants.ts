// Surnames found again through the article: a person introduced here ("Halvorsen said",
// "Mr. Halvorsen"), and a known person's surname in another spelling ("Umierov" for Umerov,
// "Zelenskyi"). A less famous known person counts only when the article names them in full
// somewhere, writes a first name with the same initial before the surname ("Volodymyr
// Medinsky"), or gives the surname a role of their side ("Medinsky, head of the Russian
// delegation").
import type { ActorHit, Sentence } from '../../context.ts';
import type { ActorLexicon } from '../../language/types.ts';
import { foldName, sameInitial } from '../fold.ts';
import { KNOWN_SURNAMES, type KnownSurname } from './known-surnames.ts';
import type { Word } from './capitalised.ts';
import type { FoundPerson } from './find-people.ts';
import type { HitIndex } from './hit-index.ts';

const FIRST_NAME_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;

export function variantHits(
  text: string,
  sentences: readonly Sentence[],
  words: readonly (readonly Word[])[],
  covered: HitIndex, people: Map<string, FoundPerson>,
  named: Set<string>,
  lexicon: ActorLexicon,
): ActorHit[] {
  const { NOT_A_NAME } = lexicon;
  const bySurname = new Map<string, string>();
  for (const person of people.values()) if (!bySurname.has(person.surname)) bySurname.set(person.surname, person.actor.id);
  const hits: ActorHit[] = [];
  sentences.forEach((sentence, index) => {
    for (const token of words[index]!) {
      const raw = text.slice(token.start, token.end);
      const word = raw.replace(/['’]s?$/, '');
      const start = token.start;
      const end = start + word.length;
      if (word.length < 3 || NOT_A_NAME.has(word) || covered.overlaps(start, end)) continue;
      const key = foldName(word);
      const mine = bySurname.get(key);
      if (mine) {
        hits.push({ actor: mine, start, end, alias: word });
        continue;
      }
      const known = KNOWN_SURNAMES.get(key);
      if (!known) continue;
      const first = FIRST_NAME_BEFORE.exec(text.slice(Math.max(sentence.start, start - 24), start));
      const withFirst = first && !NOT_A_NAME.has(first[1]!) && sameInitial(first[1]!, known.firstName);
      if (known.famous || named.has(known.actor) || withFirst || sidedRole(text, sentence, start, end, known, covered, lexicon)) {
        const from = withFirst ? start - first[0].length : start;
        hits.push({ actor: known.actor, start: from, end, alias: text.slice(from, end) });
        named.add(known.actor);
      }
    }
  });
  return hits;
}

/** "Medinsky, who led the Russian team": a role word and the person's side beside the surname. */
function sidedRole(text: string, sentence: Sentence, start: number, end: number, known: KnownSurname, covered: HitIndex, lexicon: ActorLexicon): boolean {
  if (!known.party) return false;
  const from = Math.max(sentence.start, start - 60);
  const to = Math.min(sentence.end, end + 60);
  return lexicon.ROLE_NEAR.test(text.slice(from, to)) && covered.between(from, to).some((hit) => hit.actor === known.party);
}
