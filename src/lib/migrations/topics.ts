// Link migrations for `topics=` values (positions view).
import type { LinkMigration } from './types.ts';

/** Old topic id → the propositions that replaced it. "Territory" compared nothing, so it became two. */
export const TOPIC_TO_PROPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  'nato-membership': ['ukraine-joins-nato'],
  neutrality: ['ukraine-neutral'],
  territory: ['russia-keeps-annexed-land', 'ukraine-1991-borders'],
  sanctions: ['sanctions-on-russia'],
  'prisoner-exchange': ['prisoner-exchanges'],
  humanitarian: ['humanitarian-measures'],
  peacekeeping: ['peacekeepers'],
};

/** Rewrites one `topics=` list (ids joined with `~`); unknown and unchanged ids pass through. */
export function migrateTopicList(value: string): { value: string; changed: string[] } {
  const out: string[] = [];
  const changed: string[] = [];
  for (const id of value.split('~')) {
    const next = TOPIC_TO_PROPOSITIONS[id];
    if (next) changed.push(`topic “${id}” is now ${next.map((p) => `“${p}”`).join(' and ')}`);
    for (const replacement of next ?? [id]) if (!out.includes(replacement)) out.push(replacement);
  }
  return { value: out.join('~'), changed };
}

export const TOPIC_MIGRATIONS: LinkMigration[] = [
  {
    date: '2026-12-03',
    reason:
      'Topics became propositions a party is for or against. "territory" meant annexation for one side and ' +
      'territorial integrity for the other, so it split in two; other topics were renamed to say what "for" means.',
    migrate(params) {
      const topics = params.get('topics');
      if (topics === null) return { params, changed: [] };
      const { value, changed } = migrateTopicList(topics);
      if (changed.length === 0) return { params, changed };
      const next = new URLSearchParams(params);
      next.set('topics', value);
      return { params: next, changed };
    },
  },
];
