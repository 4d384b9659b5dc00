// Link migrations for `metrics=` values (claims view). Each entry is dated, says why, and is
// never edited once published; what it changed is told to the reader in words
// ("metrics=population: …"), the part before the first ": " naming what the link held.
import { listMigration } from './list-rewrite.ts';
import type { LinkMigration } from './types.ts';

/** Drops values from `param`, saying for each what was removed and why. */
function dropValues(param: string, values: ReadonlySet<string>, why: string): LinkMigration['migrate'] {
  return listMigration(param, (item) => (values.has(item) ? { to: [], told: `${param}=${item}: ${why}` } : undefined));
}

/** Every metric a migration below retires: kept in the schema only so old bundles parse. */
export const RETIRED_METRICS: ReadonlySet<string> = new Set(['population', 'tariff-percent']);

export const METRIC_MIGRATIONS: LinkMigration[] = [
  {
    date: '2026-12-03',
    reason: 'Population and tariff figures are not claims about the war; the claims view charts only losses and humanitarian figures.',
    migrate: dropValues(
      'metrics',
      new Set(['population', 'tariff-percent']),
      'removed from the link; the claims view now shows only losses and humanitarian figures',
    ),
  },
];
