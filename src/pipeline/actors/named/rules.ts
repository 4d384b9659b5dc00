// How news introduces a person the gazetteer does not know, one rule each, tried in order.
// Each returns where the words describing the person are (the role), or null to pass.
import type { Range } from '../../../schema/bundle.ts';
import type { ActorLexicon } from '../../language/types.ts';
import type { NameRun } from './name-runs.ts';

export interface PersonRule {
  id: string;
  role: (text: string, sentence: Range, run: NameRun, lexicon: ActorLexicon) => Range | null;
}

/** Words that open a clause: "When Mayor …" starts no title. */
const CLAUSE_WORD = new Set(['after', 'before', 'when', 'while', 'as', 'but', 'if', 'since', 'during', 'by', 'with', 'from', 'this', 'that', 'at', 'said', 'says', 'told']);
const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
/** Letters, digits, apostrophes, dots and hyphens: ASCII by code, the rest by the pattern. */
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45 : WORD_CHAR.test(ch);
};

/**
 * The title phrase ending at `at`, read backwards word by word: role words ("minister"),
 * capitalised words ("UN", "Germany's"), office modifiers ("defence") and small connectives.
 * Null unless a role word is among them.
 */
export function titleEndingAt(text: string, from: number, at: number, lexicon: ActorLexicon): Range | null {
  const { ROLE_WORD, TITLE_CONNECTIVE, TITLE_MODIFIER } = lexicon;
  let pos = at;
  let start = at;
  let role = false;
  for (let n = 0; n < 10; n++) {
    let e = pos;
    while (e > from && text[e - 1] === ' ') e--;
    let s = e;
    while (s > from && isWordChar(text[s - 1]!)) s--;
    if (s === e) break;
    const word = text.slice(s, e).replace(/['’]s$/, '').replace(/\.$/, '');
    const lower = word.toLowerCase();
    if (CLAUSE_WORD.has(lower)) break;
    if (ROLE_WORD.has(lower) || ROLE_WORD.has(lower.split('-').at(-1)!)) {
      role = true;
      start = s;
    } else if (TITLE_CONNECTIVE.has(lower)) {
      // passes through, but a title does not start with "the"
    } else if (TITLE_MODIFIER.has(lower) || /^\p{Lu}/u.test(word)) {
      start = s;
    } else break;
    pos = s;
  }
  return role ? { start, end: at } : null;
}

/** "Deputy Foreign Minister Pavel Orlin", "governor Oleh Tkachuk", "UN deputy spokesman Lena McAvoy". */
const titleBeforeName: PersonRule = {
  id: 'people/title-before-name',
  role: (text, sentence, run, lexicon) => titleEndingAt(text, sentence.start, run.start, lexicon),
};

/** "a key adviser to the president, Jane Doe, said". */
const roleBeforeComma: PersonRule = {
  id: 'people/role-before-comma',
  role: (text, sentence, run, lexicon) => {
    const before = /,\s*$/.exec(text.slice(Math.max(sentence.start, run.start - 3), run.start));
    if (!before || !/^\s*(?:,|\s+(?:said|says|told|added|wrote|stated)\b)/.test(text.slice(run.end, run.end + 12))) return null;
    return titleEndingAt(text, sentence.start, run.start - before[0].length, lexicon);
  },
};

/** "Jane Doe, the UN's under-secretary-general for …", "Jane Doe, head of the agency". */
const appositiveAfter: PersonRule = {
  id: 'people/appositive-after',
  role: (text, sentence, run, lexicon) => {
    const { ROLE_WORD } = lexicon;
    const m = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;.()“”"]{2,90})/u.exec(text.slice(run.end, sentence.end));
    if (!m) return null;
    const words = m[1]!.split(/\s+/).slice(0, 6).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
    if (!words.some((w) => ROLE_WORD.has(w) || ROLE_WORD.has(w.split('-').at(-1)!))) return null;
    const start = run.end + m.index + m[0].length - m[1]!.length;
    const clause = /\s(?:who|which|and|said|says|told|has|had|is|was)\s/.exec(m[1]!);
    return { start, end: start + (clause ? clause.index : m[1]!.trimEnd().length) };
  },
};

/** "…," said Jane Doe. — a name right after an inverted "said" that ends the quote's sentence or clause. */
const saidInverted: PersonRule = {
  id: 'people/said-inverted',
  role: (text, sentence, run, lexicon) => {
    if (!/[,”"’]\s*(?:said|says)\s+$/.test(text.slice(Math.max(sentence.start, run.start - 12), run.start))) return null;
    if (!/^\s*(?:[.,;]|$)/.test(text.slice(run.end, Math.min(sentence.end, run.end + 2)))) return null;
    // The role is what an appositive after the name says, if anything.
    return appositiveAfter.role(text, sentence, run, lexicon) ?? { start: run.end, end: run.end };
  },
};

/** "…," Jane Doe told a news briefing. — a full name right after a quote, as the subject of a speech verb. */
const namedAfterQuote: PersonRule = {
  id: 'people/named-after-quote',
  role: (text, sentence, run, lexicon) => {
    if (!/\S\s\S/.test(text.slice(run.start, run.end))) return null;
    if (!/[,!?][”"’]\s*$/.test(text.slice(Math.max(sentence.start, run.start - 4), run.start))) return null;
    if (!/^\s+(?:told|said|says|added|wrote|stated|noted|explained|stressed)\b/.test(text.slice(run.end, Math.min(sentence.end, run.end + 12)))) return null;
    return appositiveAfter.role(text, sentence, run, lexicon) ?? { start: run.end, end: run.end };
  },
};

export const PERSON_RULES: readonly PersonRule[] = [titleBeforeName, roleBeforeComma, appositiveAfter, saidInverted, namedAfterQuote];
