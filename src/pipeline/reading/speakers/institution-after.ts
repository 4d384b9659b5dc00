// "…," the ministry said / "…," the department said: an institution named without its
// country after the quote is the country whose institution of that kind the sentences
// before named ("Russia's defence ministry", "the Ministry of Defence of Ukraine").
import { hitsBetween, isOutlet, isPerson, type Attribution } from '../attribution.ts';
import { firstEndingAfter } from '../sentence-lookup.ts';
import type { QuoteRule } from './types.ts';

const INSTITUTION_SAID =
  /^[\s,]*(?:the|its)\s+((?:defen[cs]e |foreign |interior )?(?:ministry|department)|army|military|general staff|air force|navy|agency|office|government|service|council|committee|headquarters)\s+(?:said|says|added|stated|wrote|told|emphasi[sz]ed|noted|stressed)\b/i;
/** A department is a ministry written another way. */
const SAME_AS: Record<string, string> = { department: 'ministry' };

export const institutionAfter: QuoteRule = {
  id: 'quote/institution-after',
  speaker: ({ ctx, passage }) => institutionSpeaker(ctx, passage.outer.end, Math.min(ctx.text.length, passage.outer.end + 120)),
};

function institutionSpeaker(ctx: Parameters<QuoteRule['speaker']>[0]['ctx'], start: number, end: number): Attribution | null {
  const m = INSTITUTION_SAID.exec(ctx.text.slice(start, end));
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase().split(' ').at(-1)!;
  const noun = SAME_AS[word] ?? word;
  const index = firstEndingAfter(ctx.sentences, start);
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const sentence = ctx.sentences[i]!;
    const text = sentence.text.toLowerCase();
    for (let at = text.lastIndexOf(noun); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(noun, at - 1)) {
      const place = sentence.start + at;
      if (place >= start) continue;
      const usable = (hit: { actor: string }) => !isPerson(ctx, hit.actor) && !isOutlet(ctx, hit.actor);
      // "Russia's defence ministry" names the owner before; "the Ministry of Defence of Ukraine" after.
      const owner =
        hitsBetween(ctx, Math.max(sentence.start, place - 30), place).filter(usable).at(-1) ??
        (/^\w+(?: of (?:the )?\w+)? of\s/.test(text.slice(at)) ? hitsBetween(ctx, place, Math.min(sentence.end, place + 40)).find(usable) : undefined);
      if (owner) return { actor: owner.actor, verbStart: start + m.index };
    }
  }
  return null;
}
