// Link migrations for `actors=` values. Each entry is dated, says why, and is never edited once
// published; what it changed is told to the reader in words.
import { listMigration } from './list-rewrite.ts';
import type { LinkMigration } from './types.ts';

/** Renames values of `param`, saying for each what it became and why. */
function renameValues(param: string, renames: ReadonlyMap<string, string>, why: string): LinkMigration['migrate'] {
  return listMigration(param, (item) => {
    const to = renames.get(item);
    return to === undefined ? undefined : { to: [to], told: `${param}=${item}: now ${to}; ${why}` };
  });
}

export const ACTOR_MIGRATIONS: LinkMigration[] = [
  {
    date: '2026-12-03',
    reason: "One transliteration for each person's id, the one Ukrainian official sources use.",
    migrate: renameValues('actors', new Map([['mykhailo-podolyak', 'mykhailo-podoliak']]), 'the same person under the spelling his office uses'),
  },
];
