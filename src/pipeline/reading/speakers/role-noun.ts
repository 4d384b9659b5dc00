// "…," the minister said. / The president stressed that "…": a role noun as the speaker
// is the last person named before it whose role has that noun; none compatible, the
// speaker stays unknown (and no later rule hands the passage to someone else).
import { hitsBetween, type Attribution } from '../attribution.ts';
import { firstEndingAfter } from '../sentence-lookup.ts';
import { NO_ONE_KNOWN, type PassageSite, type QuoteRule } from './types.ts';

const NOUN = String.raw`((?:[a-z-]+\s+){0,2}?(?:minister|president|spokes(?:man|woman|person)|envoy|ambassador|negotiator|governor|mayor|chancellor|secretary-general|commander|prosecutor|commissioner|adviser|advisor|aide))`;
const VERB = String.raw`(?:said|says|added|stated|told|wrote|noted|stressed|continued|concluded|emphasi[sz]ed|insisted|declared)\b`;
const AFTER = new RegExp(String.raw`^[\s,]*the\s+${NOUN}\s+${VERB}`);
const BEFORE = new RegExp(String.raw`^[\s•*–—-]*The\s+${NOUN}\s+(?:also\s+)?${VERB}`);

export const roleNoun: QuoteRule = {
  id: 'quote/role-noun',
  speaker: (site) => {
    const { ctx, passage, sentence } = site;
    const after = AFTER.exec(ctx.text.slice(passage.outer.end, passage.outer.end + 80));
    const before = after ? null : BEFORE.exec(ctx.text.slice(sentence.start, passage.outer.start));
    const noun = (after ?? before)?.[1];
    if (!noun) return null;
    return lastHolder(site, noun.trim().split(/\s+/).at(-1)!, after ? passage.outer.end : sentence.start);
  },
};

/** The latest person named in the six sentences up to `position` whose role has `noun` (and who speaks for `party`, when given). */
export function lastHolder({ ctx }: PassageSite, noun: string, position: number, party?: string): Attribution | null {
  const index = firstEndingAfter(ctx.sentences, position, true);
  const last = index < 0 ? ctx.sentences.length - 1 : index;
  const from = ctx.sentences[Math.max(0, last - 6)]?.start ?? 0;
  const holders = hitsBetween(ctx, from, position).filter((hit) => {
    const actor = ctx.actors.get(hit.actor);
    return !hit.quoted && actor?.kind === 'person' && (actor.role ?? '').toLowerCase().includes(noun) && (!party || actor.party === party);
  });
  // A speaker is named, one we cannot tell: no rule after this may guess another.
  return { actor: holders.at(-1)?.actor ?? NO_ONE_KNOWN, verbStart: position };
}
