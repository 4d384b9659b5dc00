// Who makes a claim, by ordered rules: the first that names someone wins. Each returns
// null to pass. A body speaking ("…, the General Staff said") resolves to its country; a
// person not in the actor list resolves through how the article first introduces them.
// The speech verbs and the words around a source are the language's (ctx.language.claims.CLAIMANTS).
import type { ArticleContext, Sentence } from '../../context.ts';
import { findAttribution, hitsBetween, isOutlet, subjectBefore } from '../../reading/attribution.ts';
import { resolveBody } from './bodies.ts';

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

/** "…, with Russia reporting a swap of 270 soldiers": the figures after a "with X reporting" clause are X's. */
const withReporting: ClaimantRule = {
  id: 'claimant/with-reporting',
  find: ({ ctx, sentence, firstFigure }) => {
    const m = ctx.language.claims.CLAIMANTS.WITH_REPORTING.exec(sentence.text.slice(0, firstFigure));
    if (!m) return null;
    const start = sentence.start + m.index;
    const source = hitsBetween(ctx, start, start + m[0].length).find((hit) => !hit.quoted && !isOutlet(ctx, hit.actor));
    return source?.actor ?? null;
  },
};

const bodySpeaking: ClaimantRule = {
  id: 'claimant/body-speaking',
  find: (input) => {
    const { ctx, sentence, firstFigure } = input;
    const lexicon = ctx.language.claims.CLAIMANTS;
    const spoken = findAttribution(ctx, sentence.start, sentence.start + firstFigure, false);
    for (const m of sentence.text.matchAll(ctx.language.claims.SOURCES.BODY)) {
      // "Zelensky said 31,000 …, fewer than estimates by US officials": the speaker before the figures wins.
      if (spoken && m.index > firstFigure) return spoken.actor;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const verbAfter = lexicon.VERB_AFTER_BODY.exec(after);
      const speaks = verbAfter && lexicon.BODY_TO_VERB.test(verbAfter[1]!);
      const before = sentence.text.slice(Math.max(0, m.index - 50), m.index);
      const cited = lexicon.CITED_BEFORE.exec(before);
      if (!speaks && !(cited && lexicon.VERB_TO_BODY.test(cited[1]!))) continue;
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
    const lexicon = ctx.language.claims.CLAIMANTS;
    for (const pattern of [lexicon.NAME_BEFORE_VERB, lexicon.NAME_AFTER_VERB]) {
      for (const m of sentence.text.matchAll(pattern)) {
        const name = m[1]!;
        const start = sentence.start + m.index + m[0].indexOf(name);
        const surname = name.split(/\s+/).at(-1)!;
        if (lexicon.NOT_A_NAME.test(surname) || hitsBetween(ctx, start, start + name.length).length > 0) continue;
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
  if (titled && ctx.language.claims.CLAIMANTS.TITLE_WORDS.test(ctx.text.slice(titled.end, at))) return titled.actor;
  // "Lena McAvoy, the UN's envoy for the region": an appositive after the name.
  const tail = ctx.text.slice(at, at + 90);
  const comma = /^[\p{L}'’-]+,\s+(?:the\s+|an?\s+)?/u.exec(tail);
  if (!comma) return null;
  const appositive = hitsBetween(ctx, at + comma[0].length, at + comma[0].length + 40)[0];
  return appositive && !/[,;.]/.test(ctx.text.slice(at + comma[0].length, appositive.start)) ? appositive.actor : null;
}

const unnamedSpeaker: ClaimantRule = {
  id: 'claimant/unnamed-speaker',
  find: ({ ctx, sentence, index, last, bodies }) => {
    const lexicon = ctx.language.claims.CLAIMANTS;
    const m = lexicon.UNNAMED_SPEAKER.exec(sentence.text);
    if (!m?.[1]) return null;
    const words = m[1];
    const start = sentence.start + m.index + m[0].indexOf(words);
    const body = ctx.language.claims.SOURCES.BODY_ANY.exec(words);
    const owner = body ? resolveBody(ctx, start + body.index, start + body.index + body[0].length, bodies) : null;
    if (owner) return owner;
    return last && index - last.index <= 3 && lexicon.UNNAMED_BODY.test(words)
      ? last.claimant
      : 'unattributed';
  },
};

const pronounSpeaker: ClaimantRule = {
  id: 'claimant/pronoun',
  find: (input) => {
    const { ctx, sentence, index, last } = input;
    const m = ctx.language.claims.CLAIMANTS.PRONOUN_SPEAKER.exec(sentence.text);
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
    const lexicon = ctx.language.claims.CLAIMANTS;
    for (const m of sentence.text.matchAll(lexicon.SOURCE_VERB)) {
      if (!lexicon.ASSESSING_VERB.test(m[0])) continue;
      const actor = subjectBefore(ctx, sentence.start, sentence.start + m.index, true);
      if (actor) return actor;
    }
    return null;
  },
};

const anaphor: ClaimantRule = {
  id: 'claimant/institution-anaphor',
  find: (input) => {
    const { ctx, sentence, last, index } = input;
    const lexicon = ctx.language.claims.CLAIMANTS;
    if (last && lexicon.INSTITUTION_ANAPHOR.test(sentence.text)) return last.claimant;
    if (!lexicon.PRONOUN_SOURCE.test(sentence.text) || index === 0) return null;
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
    return ctx.language.claims.CLAIMANTS.SOURCE_VERB_ANY.test(sentence.text) || ctx.language.claims.SOURCES.BODY_ANY.test(sentence.text) ? null : last.claimant;
  },
};

/**
 * "Russia is said to have lost …", "It was also mentioned that …", "The report also lists …": a
 * passive report or the source's own document names no new source, so a tally given within the
 * last three sentences runs on, unless the sentence names a body or other sources of its own.
 */
const reportRunsOn: ClaimantRule = {
  id: 'claimant/report-runs-on',
  find: ({ ctx, sentence, index, last }) => {
    if (!last || index - last.index > 3 || sentence.paragraph - ctx.sentences[last.index]!.paragraph > 2) return null;
    const words = ctx.language.claims;
    if (words.SOURCES.BODY_ANY.test(sentence.text) || words.CLAIMANTS.OTHER_SOURCE.test(sentence.text)) return null;
    return words.CLAIMANTS.PASSIVE_REPORT.test(sentence.text) || words.CLAIMANTS.SOURCE_DOCUMENT.test(sentence.text) ? last.claimant : null;
  },
};

const headline: ClaimantRule = {
  id: 'claimant/headline',
  // Only for a figure whose sentence names no source of its own, known or not ("Western officials estimate").
  find: ({ ctx, headline, sentence }) =>
    headline && !ctx.language.claims.CLAIMANTS.SOURCE_VERB_ANY.test(sentence.text) && !ctx.language.claims.CLAIMANTS.OTHER_SOURCE.test(sentence.text) ? headline : null,
};

export const CLAIMANT_RULES: readonly ClaimantRule[] = [withReporting, bodySpeaking, unknownName, pronounSpeaker, unnamedSpeaker, clause, reportingVerb, anaphor, continues, reportRunsOn, headline];

export function findClaimant(input: ClaimantInput): { claimant: string; rule: string } | null {
  for (const rule of CLAIMANT_RULES) {
    const claimant = rule.find(input);
    if (claimant) return { claimant, rule: rule.id };
  }
  return null;
}

