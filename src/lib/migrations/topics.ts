// Link migrations for `topics=` values (positions view).
import type { LinkMigration } from './types.ts';

export const TOPIC_MIGRATIONS: LinkMigration[] = [];
