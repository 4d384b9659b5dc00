// Finds where actors are named, sentence by sentence, so nothing inside boilerplate
// (which has no sentences) is ever counted. Matching is case-sensitive: "us" in
// "3rd parties" is not the US. At each place the longest spelling wins, so
// "US State Department" is one mention, not "US" plus a place.
import type { ActorHit, Sentence } from '../context.ts';
import { GAZETTEER_ENTRIES } from './gazetteer.ts';
import { SpellingIndex } from './spelling-index.ts';

type Target =
  | { type: 'name'; actor: string }
  | { type: 'surname'; actor: string }
  | { type: 'role'; actor: string; from?: string; to?: string };

export interface MentionOptions {
  /** YYYY-MM-DD the text was written; needed to read "the U.S. President". */
  date?: string;
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

export function findMentions(text: string, sentences: Sentence[], options: MentionOptions = {}): ActorHit[] {
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
  return hits;
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
