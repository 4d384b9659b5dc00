// Link migrations for `metrics=` values (claims view).
import type { LinkMigration } from './types.ts';

export const METRIC_MIGRATIONS: LinkMigration[] = [];
