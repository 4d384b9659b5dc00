// Finds where actors are named, sentence by sentence, so nothing inside boilerplate
// (which has no sentences) is ever counted. Matching is case-sensitive: "us" in
// "3rd parties" is not the US. At each place the longest spelling wins, so
// "US State Department" is one mention, not "US" plus a place.
import type { ActorHit, Sentence } from '../context.ts';
import { GAZETTEER_ENTRIES } from './gazetteer.ts';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATIVES = [...TARGETS.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
const MATCHER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const NAME_FOLLOWS = /^\s+\p{Lu}/u;

export function findMentions(text: string, sentences: Sentence[], options: MentionOptions = {}): ActorHit[] {
  const hits: ActorHit[] = [];
  const named = new Set<string>();
  for (const sentence of sentences) {
    const local = text.slice(sentence.start, sentence.end);
    MATCHER.lastIndex = 0;
    for (let m = MATCHER.exec(local); m; m = MATCHER.exec(local)) {
      const alias = m[0];
      const after = local.slice(m.index + alias.length, m.index + alias.length + 3);
      const actor = resolve(TARGETS.get(alias) ?? [], named, after, options.date);
      if (!actor) {
        // Look again inside the rejected words: "the Ukrainian President Volodymyr …" still names Ukraine.
        MATCHER.lastIndex = m.index + 1;
        continue;
      }
      const start = sentence.start + m.index;
      hits.push({ actor: actor.actor, start, end: start + alias.length, alias });
      if (actor.type === 'name') named.add(actor.actor);
    }
  }
  return hits;
}

function resolve(targets: Target[], named: Set<string>, after: string, date?: string): Target | null {
  for (const target of targets) {
    if (target.type === 'name') return target;
    if (target.type === 'surname' && named.has(target.actor)) return target;
    if (target.type === 'role' && date && !NAME_FOLLOWS.test(after)) {
      if ((!target.from || date >= target.from) && (!target.to || date <= target.to)) return target;
    }
  }
  return null;
}
