// A person named by office alone once the article has named them: "Turkey's foreign
// minister said …" is the foreign minister of Türkiye named elsewhere in the article.
import type { Actor } from '../../../schema/bundle.ts';
import type { ActorHit, Sentence } from '../../context.ts';
import type { HitIndex } from './hit-index.ts';

const OFFICE =
  /(?:\b[Tt]he\s+)?(\p{Lu}[\p{L}.]*(?:['’]s)?)\s+((?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime) [Mm]inister|[Ff]oreign [Mm]inistry [Ss]pokes(?:man|woman|person)|[Ss]pokes(?:man|woman|person)|(?:[Cc]hief )?[Nn]egotiator|[Aa]mbassador|[Ee]nvoy)\b(?!\s+\p{Lu})/gu;

/** A cheap test first: most sentences name no office at all. */
const OFFICE_WORD = /[Mm]inister|[Ss]pokes|[Nn]egotiator|[Aa]mbassador|[Ee]nvoy/;

export function roleReferences(text: string, sentences: readonly Sentence[], hits: HitIndex, actors: ReadonlyMap<string, Actor>, isBody: (id: string) => boolean): ActorHit[] {
  let people: Set<string> | null = null;
  const out: ActorHit[] = [];
  for (const sentence of sentences) {
    if (!OFFICE_WORD.test(sentence.text)) continue;
    people ??= new Set(hits.sorted.filter((hit) => actors.get(hit.actor)?.kind === 'person').map((hit) => hit.actor));
    OFFICE.lastIndex = 0;
    for (let m = OFFICE.exec(sentence.text); m; m = OFFICE.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const owner = hits.between(start, end).find((hit) => isBody(hit.actor));
      if (!owner || hits.between(start, end).some((hit) => actors.get(hit.actor)?.kind === 'person')) continue;
      const title = m[2]!.toLowerCase();
      const holders = [...people!].filter((id) => {
        const actor = actors.get(id)!;
        return actor.party === owner.actor && (actor.role ?? '').toLowerCase().includes(title);
      });
      if (holders.length === 1) out.push({ actor: holders[0]!, start, end, alias: m[0] });
    }
  }
  return out;
}
