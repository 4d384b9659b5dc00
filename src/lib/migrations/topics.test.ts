import { describe, expect, it } from 'vitest';
import { PROPOSITIONS } from '../../schema/propositions.ts';
import { migrateTopicList, TOPIC_MIGRATIONS, TOPIC_TO_PROPOSITIONS } from './topics.ts';

const migrate = (search: string) => {
  let params = new URLSearchParams(search);
  const changed: string[] = [];
  for (const migration of TOPIC_MIGRATIONS) {
    const result = migration.migrate(params);
    params = result.params;
    changed.push(...result.changed);
  }
  return { search: params.toString(), changed };
};

describe(migrateTopicList, () => {
  it.each([
    ['territory', 'russia-keeps-annexed-land~ukraine-1991-borders'],
    ['nato-membership~neutrality', 'ukraine-joins-nato~ukraine-neutral'],
    ['ceasefire~sanctions', 'ceasefire~sanctions-on-russia'],
    ['prisoner-exchange~humanitarian~peacekeeping', 'prisoner-exchanges~humanitarian-measures~peacekeepers'],
    ['territory~ukraine-1991-borders', 'russia-keeps-annexed-land~ukraine-1991-borders'],
    ['no-such-topic', 'no-such-topic'],
  ])('%s → %s', (input, output) => {
    expect(migrateTopicList(input).value).toBe(output);
  });

  it('maps every old topic to propositions that exist', () => {
    const ids = new Set<string>(PROPOSITIONS.map((p) => p.id));
    for (const targets of Object.values(TOPIC_TO_PROPOSITIONS)) for (const id of targets) expect(ids).toContain(id);
  });
});

describe('TOPIC_MIGRATIONS', () => {
  it('rewrites an old shared link and says what changed', () => {
    const { search, changed } = migrate('view=positions&topics=territory~ceasefire&from=2025-05-01');
    expect(new URLSearchParams(search).get('topics')).toBe('russia-keeps-annexed-land~ukraine-1991-borders~ceasefire');
    expect(new URLSearchParams(search).get('from')).toBe('2025-05-01');
    expect(changed.join(' ')).toMatch(/territory/);
  });

  it('leaves current links alone', () => {
    const { search, changed } = migrate('view=positions&topics=ceasefire~ukraine-joins-nato');
    expect(new URLSearchParams(search).get('topics')).toBe('ceasefire~ukraine-joins-nato');
    expect(changed).toEqual([]);
    expect(migrate('view=claims').changed).toEqual([]);
  });

  it('is dated and gives its reason', () => {
    for (const migration of TOPIC_MIGRATIONS) {
      expect(migration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(migration.reason.length).toBeGreaterThan(20);
    }
  });
});
