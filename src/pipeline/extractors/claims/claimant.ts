// Who makes a claim, by ordered rules: the first that names someone wins. Each returns
// null to pass. A body speaking ("…, the General Staff said") resolves to its country; a
// person not in the actor list resolves through how the article first introduces them.
import type { ArticleContext, Sentence } from '../../context.ts';
import { findAttribution, hitsBetween, subjectBefore } from '../../reading/attribution.ts';
import { BODY, BODY_ANY, resolveBody } from './bodies.ts';

export interface ClaimantInput {
  ctx: ArticleContext;
  sentence: Sentence;
  index: number;
  /** The claimant of the last attributed claim, and the sentence index it came from. */
  last: { claimant: string; index: number } | null;
  /** Where the sentence's first figure starts, relative to the sentence. */
  firstFigure: number;
  /** Bodies already looked up in this article, by name. */
  bodies: Map<string, string | null>;
  /** The source the headline names, if any (see headline.ts). */
  headline: string | null;
}

export interface ClaimantRule {
  id: string;
  find: (input: ClaimantInput) => string | null;
}

/** Speech and reporting verbs, including those news copy uses for figures. */
export const SOURCE_VERB =
  /\b(?:said|says|say|told|tells|added|stated|states|claimed|claims|reported|reports|announced|noted|specified|reiterated|estimated|estimates|estimate|believe|believes|assessed|confirmed|presented|put|wrote|posted|according to|citing|referring to)\b/gi;
const SOURCE_VERB_ANY = new RegExp(SOURCE_VERB.source, 'i');
/** Between a body and its verb: a name and title ("… Ministry Oleg Varnikov told"). */
const BODY_TO_VERB = /^(?:\s+(?:spokes\w+|official|representative|chief|head|press service|\p{Lu}[\p{L}'’.-]+))*\s*(?:,\s*)?(?:has\s+|have\s+|also\s+|on\s+\p{Lu}\p{L}+\s+)*$/u;
const VERB_TO_BODY = /^\s+(?:(?:the|a|an|data|figures|from|of)\s+)*(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:['’]s\s+)?$/u;
/** A capitalised name right before a speech verb: "…, Varnikov stated". */
const NAME_BEFORE_VERB = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:also\s+)?(?:said|says|stated|told|added|noted|claimed|specified|reiterated|estimated|reported)\b/gu;
const NAME_AFTER_VERB = /\b(?:said|according to|added|told)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
/** Between a body or country and a name: only titles ("'s Defence Ministry spokesman Oleg "). */
const TITLE_WORDS =
  /^(?:['’]s?)?(?:[\s,]+(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|spokes\w+|minister|official|representative|ambassador|envoy|head|chief|deputy|aide|adviser|advisor|commander|president|prime|foreign|defen[cs]e|ministry|under|secretary(?:-general)?|general|press|negotiator|delegation|agency|office|mayor|governor|director|military|intelligence|army|staff))*\s*$/u;
const NOT_A_NAME = /^(?:The|He|She|It|They|This|That|These|We|I|Mr|Ms|Mrs|Officials|Police|Authorities|Rescuers|Witnesses|Residents|Sources|Analysts|Experts|Medics|Doctors|Moscow|Kyiv|Kiev|Reuters|AFP|AP|TASS|Interfax|UNN)$/;

const bodySpeaking: ClaimantRule = {
  id: 'claimant/body-speaking',
  find: (input) => {
    const { ctx, sentence, firstFigure } = input;
    const spoken = findAttribution(ctx, sentence.start, sentence.start + firstFigure, false);
    for (const m of sentence.text.matchAll(BODY)) {
      // "Zelensky said 31,000 …, fewer than estimates by US officials": the speaker before the figures wins.
      if (spoken && m.index > firstFigure) return spoken.actor;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const verbAfter = /^([^]*?)\b(?:said|says|told|stated|claimed|claims|reported|reports|announced|noted|specified|estimated|estimates|added|put|puts|assessed|presented|published|confirmed)\b/.exec(after);
      const speaks = verbAfter && BODY_TO_VERB.test(verbAfter[1]!);
      const before = sentence.text.slice(Math.max(0, m.index - 50), m.index);
      const cited = /\b(?:according to|said|citing|referring to|(?:data|figures|report|post|statement|assessment|update|estimates?) (?:of|from|by))\b([^,;.]*)$/i.exec(before);
      if (!speaks && !(cited && VERB_TO_BODY.test(cited[1]!))) continue;
      const owner = resolveBody(ctx, start, end, input.bodies);
      if (owner) return owner;
    }
    return null;
  },
};

const unknownName: ClaimantRule = {
  id: 'claimant/introduced-name',
  find: (input) => {
    const { ctx, sentence } = input;
    for (const pattern of [NAME_BEFORE_VERB, NAME_AFTER_VERB]) {
      for (const m of sentence.text.matchAll(pattern)) {
        const name = m[1]!;
        const start = sentence.start + m.index + m[0].indexOf(name);
        const surname = name.split(/\s+/).at(-1)!;
        if (NOT_A_NAME.test(surname) || hitsBetween(ctx, start, start + name.length).length > 0) continue;
        // Someone we cannot place speaks: never hand the figure to a country the sentence names.
        return introducedAs(ctx, surname) ?? input.headline ?? 'unattributed';
      }
    }
    return null;
  },
};

/** Where the article first names a person, the country or body its words tie them to. */
function introducedAs(ctx: ArticleContext, surname: string): string | null {
  const at = ctx.text.search(new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
  if (at < 0) return null;
  const lead = ctx.text.slice(Math.max(0, at - 90), at);
  const clauseStart = at - lead.length + Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('"'), lead.lastIndexOf('“'), 0);
  const titled = hitsBetween(ctx, clauseStart, at).at(-1);
  if (titled && TITLE_WORDS.test(ctx.text.slice(titled.end, at))) return titled.actor;
  // "Lena McAvoy, the UN's envoy for the region": an appositive after the name.
  const tail = ctx.text.slice(at, at + 90);
  const comma = /^[\p{L}'’-]+,\s+(?:the\s+|an?\s+)?/u.exec(tail);
  if (!comma) return null;
  const appositive = hitsBetween(ctx, at + comma[0].length, at + comma[0].length + 40)[0];
  return appositive && !/[,;.]/.test(ctx.text.slice(at + comma[0].length, appositive.start)) ? appositive.actor : null;
}

/** "…, the ministry said": a speaker named by a common noun only; never the country named before it. */
const UNNAMED_SPEAKER =
  /,\s+(?:the|a|an|its|their)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:also\s+)?(?:said|says|added|reported|stated|claimed|announced)(?:\s*[.!?"”’]*\s*$|,\s)/;
const unnamedSpeaker: ClaimantRule = {
  id: 'claimant/unnamed-speaker',
  find: ({ ctx, sentence, index, last, bodies }) => {
    const m = UNNAMED_SPEAKER.exec(sentence.text);
    if (!m?.[1]) return null;
    const words = m[1];
    const start = sentence.start + m.index + m[0].indexOf(words);
    const body = BODY_ANY.exec(words);
    const owner = body ? resolveBody(ctx, start + body.index, start + body.index + body[0].length, bodies) : null;
    if (owner) return owner;
    return last && index - last.index <= 3 && /\b(?:ministry|staff|force|forces|army|military|service|agency|spokes\w+|office)\b/.test(words)
      ? last.claimant
      : 'unattributed';
  },
};

/** "…,” he said", "according to him", "according to their data": the speaker of the sentences before. */
const PRONOUN_SPEAKER =
  /\b(?:he|she|they)\s+(?:also\s+|later\s+|further\s+)?(?:said|says|added|specified|noted|stated|told|claimed|explained|stressed|reported)\b|\baccording to (?:him|her|them|their\b)/i;
const pronounSpeaker: ClaimantRule = {
  id: 'claimant/pronoun',
  find: (input) => {
    const { ctx, sentence, index, last } = input;
    const m = PRONOUN_SPEAKER.exec(sentence.text);
    if (!m) return null;
    const person = findAttribution(ctx, sentence.start + m.index, sentence.end, true)?.actor;
    if (person) return person;
    if (last && index - last.index <= 3) return last.claimant;
    for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
      const before = { ...input, sentence: ctx.sentences[i]!, index: i };
      const found = bodySpeaking.find(before) ?? unknownName.find(before) ?? clause.find(before);
      if (found && found !== 'unattributed') return found;
    }
    return null;
  },
};

const clause: ClaimantRule = {
  id: 'claimant/clause',
  find: ({ ctx, sentence }) => findAttribution(ctx, sentence.start, sentence.end, false)?.actor ?? null,
};

const reportingVerb: ClaimantRule = {
  id: 'claimant/reporting-verb',
  find: ({ ctx, sentence }) => {
    for (const m of sentence.text.matchAll(SOURCE_VERB)) {
      if (!/^(?:reiterated|specified|assessed|estimated|confirmed|presented)$/i.test(m[0])) continue;
      const actor = subjectBefore(ctx, sentence.start, sentence.start + m.index, true);
      if (actor) return actor;
    }
    return null;
  },
};

/** "The army also claimed …": an institution named before, standing for the last claimant. */
const INSTITUTION_ANAPHOR =
  /\b(?:the|its)\s+(?:army|military|armed forces|general staff|(?:defen[cs]e )?ministry|government|officials|authorities)\b[^.]{0,30}?\b(?:said|says|claimed|claims|reported|reports|added|estimated|estimates)\b/i;
/** "It said …", "They added …" opening a sentence: the source of the sentences just before. */
const PRONOUN_SOURCE = /^\W*(?:It|They)\s+(?:also\s+)?(?:said|says|added|reported|claimed|stated)\b/;
const anaphor: ClaimantRule = {
  id: 'claimant/institution-anaphor',
  find: (input) => {
    const { ctx, sentence, last, index } = input;
    if (last && INSTITUTION_ANAPHOR.test(sentence.text)) return last.claimant;
    if (!PRONOUN_SOURCE.test(sentence.text) || index === 0) return null;
    const previous = { ...input, sentence: ctx.sentences[index - 1]!, index: index - 1 };
    return bodySpeaking.find(previous) ?? clause.find(previous) ?? (last && index - last.index <= 2 ? last.claimant : null);
  },
};

/** A tally that runs on into the next sentence with no source of its own. */
const continues: ClaimantRule = {
  id: 'claimant/continues-tally',
  find: ({ ctx, sentence, index, last }) => {
    if (!last || last.index !== index - 1) return null;
    const previous = ctx.sentences[index - 1]!;
    if (sentence.paragraph - previous.paragraph > 1) return null;
    return SOURCE_VERB_ANY.test(sentence.text) || BODY_ANY.test(sentence.text) ? null : last.claimant;
  },
};

/**
 * "Russia is said to have lost …", "It was also mentioned that …", "The report also lists …": a
 * passive report or the source's own document names no new source, so a tally given within the
 * last three sentences runs on, unless the sentence names a body or other sources of its own.
 */
const PASSIVE_REPORT = /\b(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:said|reported|mentioned|stated|claimed|believed|recorded|registered)\b/i;
const SOURCE_DOCUMENT = /\b(?:the|this|that|its|their)\s+(?:report|update|statement|data|figures|tally|bulletin|summary|briefing)s?\b/i;
const reportRunsOn: ClaimantRule = {
  id: 'claimant/report-runs-on',
  find: ({ ctx, sentence, index, last }) => {
    if (!last || index - last.index > 3 || sentence.paragraph - ctx.sentences[last.index]!.paragraph > 2) return null;
    if (BODY_ANY.test(sentence.text) || OTHER_SOURCE.test(sentence.text)) return null;
    return PASSIVE_REPORT.test(sentence.text) || SOURCE_DOCUMENT.test(sentence.text) ? last.claimant : null;
  },
};

const OTHER_SOURCE = /\b(?:officials|sources|analysts|experts|observers|estimates|monitors|researchers)\b/i;
const headline: ClaimantRule = {
  id: 'claimant/headline',
  // Only for a figure whose sentence names no source of its own, known or not ("Western officials estimate").
  find: ({ headline, sentence }) => (headline && !SOURCE_VERB_ANY.test(sentence.text) && !OTHER_SOURCE.test(sentence.text) ? headline : null),
};

export const CLAIMANT_RULES: readonly ClaimantRule[] = [bodySpeaking, unknownName, pronounSpeaker, unnamedSpeaker, clause, reportingVerb, anaphor, continues, reportRunsOn, headline];

export function findClaimant(input: ClaimantInput): { claimant: string; rule: string } | null {
  for (const rule of CLAIMANT_RULES) {
    const claimant = rule.find(input);
    if (claimant) return { claimant, rule: rule.id };
  }
  return null;
}

