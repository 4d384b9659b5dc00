// Lavrov accuses the West of “stoking tension” / Lavrov expressed thanks for the
// “warm welcome”: a person who is the subject of the sentence, with a verb of
// stance before the passage, is the one whose words are quoted.
import { hitsBetween, isPerson, personBefore } from '../attribution.ts';
import type { QuoteRule } from './types.ts';

const STANCE =
  /\b(?:accus|consider|expressed|express|den(?:y|ies|ied)|advis|describ|call|urg|welcom|hail|dismiss|reject|condemn|prais|warn|believ|think|thinks|insist|demand|promis|pledg|vow|propos|offer|acknowledg|agre|characteri[sz]|brand|label|referr|refers|thank|confirm|complain|argu|conclud|predict|suggest|voic|signal|blam)\w*\b/i;
/** Only titles, a country's adjective or possessive before the subject: "Russian Foreign Minister". */
const LEAD = /^(?:[\s•*–—,.'’-]+|\p{Lu}[\p{L}\p{N}'’.-]*|the|of|for)*$/u;

export const sentenceSubject: QuoteRule = {
  id: 'quote/sentence-subject',
  speaker: ({ ctx, passage, sentence }) => {
    // "He concluded that …": the pronoun subject is the person spoken of just before.
    const pronoun = /^\s*(?:He|She)\s/.exec(sentence.text);
    if (pronoun) {
      const verb = STANCE.exec(ctx.text.slice(sentence.start + pronoun[0].length, passage.outer.start));
      const person = verb && verb.index < 20 ? personBefore(ctx, sentence.start) : null;
      return person ? { actor: person, verbStart: sentence.start + pronoun[0].length + verb!.index } : null;
    }
    const subject = hitsBetween(ctx, sentence.start, passage.outer.start).find((hit) => !hit.quoted && isPerson(ctx, hit.actor));
    if (!subject || !LEAD.test(ctx.text.slice(sentence.start, subject.start))) return null;
    const between = ctx.text.slice(subject.end, passage.outer.start);
    const verb = STANCE.exec(between);
    // The verb is the subject's own, not a clause after a full stop of another subject.
    if (!verb || /[.;]\s/.test(between.slice(0, verb.index))) return null;
    return { actor: subject.actor, verbStart: subject.end + verb.index };
  },
};
