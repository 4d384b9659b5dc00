// Link migrations for `topics=` values (positions view).
import { listMigration, rewriteList, type ValueRewrite } from './list-rewrite.ts';
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

const topicRewrite = (id: string): ValueRewrite => {
  const next = TOPIC_TO_PROPOSITIONS[id];
  return next && { to: next, told: `topic “${id}” is now ${next.map((p) => `“${p}”`).join(' and ')}` };
};

/** Rewrites one `topics=` list (ids joined with `~`); unknown and unchanged ids pass through. */
export function migrateTopicList(value: string): { value: string; changed: string[] } {
  const { value: rewritten, changed } = rewriteList(value, topicRewrite);
  return { value: rewritten ?? '', changed };
}

export const TOPIC_MIGRATIONS: LinkMigration[] = [
  {
    date: '2026-12-03',
    reason:
      'Topics became propositions a party is for or against. "territory" meant annexation for one side and ' +
      'territorial integrity for the other, so it split in two; other topics were renamed to say what "for" means.',
    migrate: listMigration('topics', topicRewrite),
  },
];
