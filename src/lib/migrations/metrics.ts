// Link migrations for `metrics=` values (claims view). Each entry is dated, says why, and is
// never edited once published; what it changed is told to the reader in words
// ("metrics=population: …"), the part before the first ": " naming what the link held.
import type { LinkMigration } from './types.ts';

/** The links' list separator (url-state's LIST_SEPARATOR; not imported, as url-state imports this file). */
const LIST_SEPARATOR_OF_LINKS = '~';

/** Drops list values from `param`, saying for each what was removed and why. */
function dropValues(param: string, values: ReadonlySet<string>, why: string): LinkMigration['migrate'] {
  return (params) => {
    const raw = params.get(param);
    if (raw === null) return { params, changed: [] };
    const items = raw.split(LIST_SEPARATOR_OF_LINKS);
    const dropped = items.filter((item) => values.has(item));
    if (dropped.length === 0) return { params, changed: [] };
    const next = new URLSearchParams(params);
    const kept = items.filter((item) => !values.has(item));
    if (kept.length > 0) next.set(param, kept.join(LIST_SEPARATOR_OF_LINKS));
    else next.delete(param);
    return { params: next, changed: dropped.map((item) => `${param}=${item}: ${why}`) };
  };
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
