// Link migrations for `actors=` values. Each entry is dated, says why, and is never edited once
// published; what it changed is told to the reader in words.
import type { LinkMigration } from './types.ts';

/** Renames list values of `param`, saying for each what it became and why. */
function renameValues(param: string, renames: ReadonlyMap<string, string>, why: string): LinkMigration['migrate'] {
  return (params) => {
    const raw = params.get(param);
    if (raw === null) return { params, changed: [] };
    const items = raw.split('~');
    const renamed = items.filter((item) => renames.has(item));
    if (renamed.length === 0) return { params, changed: [] };
    const next = new URLSearchParams(params);
    next.set(param, items.map((item) => renames.get(item) ?? item).join('~'));
    return { params: next, changed: renamed.map((item) => `${param}=${item}: now ${renames.get(item)}; ${why}`) };
  };
}

export const ACTOR_MIGRATIONS: LinkMigration[] = [
  {
    date: '2026-12-03',
    reason: "One transliteration for each person's id, the one Ukrainian official sources use.",
    migrate: renameValues('actors', new Map([['mykhailo-podolyak', 'mykhailo-podoliak']]), 'the same person under the spelling his office uses'),
  },
];
