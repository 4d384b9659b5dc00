// Finds where actors are named, sentence by sentence, so nothing inside boilerplate
// (which has no sentences) is ever counted. Matching is case-sensitive: "us" in
// "3rd parties" is not the US. At each place the longest spelling wins, so
// "US State Department" is one mention, not "US" plus a place. People the gazetteer does
// not know are read from how the article introduces them (named/), and spelling variants
// of known surnames ("Umierov", "Zelenskyi") fold to the known person.
import type { Actor } from '../../schema/bundle.ts';
import type { ActorHit, Sentence } from '../context.ts';
import type { ActorLexicon } from '../language/types.ts';
import { findQuotedPassages, type QuotedPassage } from '../reading/quote-marks.ts';
import { GAZETTEER, GAZETTEER_ENTRIES } from './gazetteer.ts';
import { ActorsWithPeople } from './named/actors-with-people.ts';
import { capitalisedWords } from './named/capitalised.ts';
import { findPeople } from './named/find-people.ts';
import { HitIndex } from './named/hit-index.ts';
import { variantHits } from './named/variants.ts';
import { roleReferences } from './named/role-references.ts';
import { SpellingIndex } from './spelling-index.ts';

type Target =
  | { type: 'name'; actor: string }
  | { type: 'surname'; actor: string }
  | { type: 'role'; actor: string; from?: string; to?: string };

export interface MentionOptions {
  /** YYYY-MM-DD the text was written; needed to read "the U.S. President". */
  date?: string;
  /** The text's quoted passages, when the caller has found them already. */
  quoted?: readonly QuotedPassage[];
}

export interface ActorReading {
  /** Every mention, in text order; `quoted` marks those inside quotation marks. */
  mentions: ActorHit[];
  /** The gazetteer plus the people this article introduced. */
  actors: ReadonlyMap<string, Actor>;
  /** The people this article introduced that the gazetteer does not know. */
  people: Actor[];
}

const TARGETS = new Map<string, Target[]>();
function addTarget(spelling: string, target: Target): void {
  const list = TARGETS.get(spelling) ?? [];
  list.push(target);
  TARGETS.set(spelling, list);
}
for (const { actor, names, surnames, roles } of GAZETTEER_ENTRIES) {
  for (const name of names) addTarget(name, { type: 'name', actor: actor.id });
  for (const surname of surnames) addTarget(surname, { type: 'surname', actor: actor.id });
  for (const role of roles) addTarget(role.phrase, { type: 'role', actor: actor.id, from: role.from, to: role.to });
}

const SPELLINGS = new SpellingIndex(TARGETS.keys());
const NAME_FOLLOWS = /^\s+\p{Lu}/u;

export function findMentions(text: string, sentences: Sentence[], lexicon: ActorLexicon, options: MentionOptions = {}): ActorHit[] {
  return readActors(text, sentences, lexicon, options).mentions;
}

/** `lexicon`: the language's role and title words, for the people the article introduces. */
export function readActors(text: string, sentences: Sentence[], lexicon: ActorLexicon, options: MentionOptions = {}): ActorReading {
  const { hits, named } = knownSpellings(text, sentences, options);
  const known = new HitIndex(hits);
  const isBody = (id: string) => {
    const actor = GAZETTEER.get(id);
    return !!actor && actor.kind !== 'person' && actor.role !== 'News outlet';
  };
  const sideOf = (id: string) => (isBody(id) ? id : (GAZETTEER.get(id)?.party ?? null));
  const words = sentences.map((sentence) => capitalisedWords(text, sentence.start, sentence.end));
  const found = findPeople(text, sentences, words, known, sideOf, (id) => GAZETTEER.get(id)?.kind === 'person', lexicon);
  const people = [...found.values()].map((person) => person.actor);
  const actors: ReadonlyMap<string, Actor> = people.length ? new ActorsWithPeople(GAZETTEER, new Map(people.map((p) => [p.id, p]))) : GAZETTEER;
  const introduced = [...found.values()].flatMap((person) => person.hits).sort(byOffset);
  const all = merge(hits, introduced);
  const variants = variantHits(text, sentences, words, new HitIndex(all), found, named, lexicon);
  const withVariants = merge(all, variants);
  const roles = roleReferences(text, sentences, new HitIndex(withVariants), actors, isBody);
  const mentions = merge(withVariants, roles);
  markQuoted(mentions, options.quoted ?? findQuotedPassages(text));
  return { mentions, actors, people };
}

function knownSpellings(text: string, sentences: Sentence[], options: MentionOptions): { hits: ActorHit[]; named: Set<string> } {
  const hits: ActorHit[] = [];
  const named = new Set<string>();
  for (const { start, end } of sentences) {
    for (let m = SPELLINGS.next(text, start, start, end); m; ) {
      const alias = m.spelling;
      const aliasEnd = m.index + alias.length;
      const actor = resolve(TARGETS.get(alias) ?? [], named, { text, from: aliasEnd, end }, options.date);
      if (!actor) {
        // Look again inside the rejected words: "the Ukrainian President Volodymyr …" still names Ukraine.
        m = SPELLINGS.next(text, m.index + 1, start, end);
        continue;
      }
      hits.push({ actor: actor.actor, start: m.index, end: aliasEnd, alias });
      if (actor.type === 'name') named.add(actor.actor);
      m = SPELLINGS.next(text, aliasEnd, start, end);
    }
  }
  return { hits, named };
}

/** `after`: where the spelling ends in its sentence; the words there are read only for a role ("the U.S. President" + name?). */
function resolve(targets: Target[], named: Set<string>, after: { text: string; from: number; end: number }, date?: string): Target | null {
  for (const target of targets) {
    if (target.type === 'name') return target;
    if (target.type === 'surname' && named.has(target.actor)) return target;
    if (target.type === 'role' && date && !NAME_FOLLOWS.test(after.text.slice(after.from, Math.min(after.from + 3, after.end)))) {
      if ((!target.from || date >= target.from) && (!target.to || date <= target.to)) return target;
    }
  }
  return null;
}

const byOffset = (a: ActorHit, b: ActorHit) => a.start - b.start || a.end - b.end;

/** Two lists in text order, merged in text order. */
function merge(a: ActorHit[], b: ActorHit[]): ActorHit[] {
  if (b.length === 0) return a;
  const out: ActorHit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && byOffset(a[i]!, b[j]!) <= 0)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Marks mentions inside quotation marks: "he said" never refers to a name the speaker used. */
function markQuoted(mentions: ActorHit[], quoted: readonly QuotedPassage[]): void {
  if (mentions.length === 0) return;
  let i = 0;
  for (const passage of quoted) {
    while (i < mentions.length && mentions[i]!.start < passage.outer.start) i++;
    for (let j = i; j < mentions.length && mentions[j]!.start < passage.outer.end; j++) mentions[j]!.quoted = true;
  }
}
