// The one list rewrite every link migration shares: each `~`-separated value of a param is
// kept, renamed, split in several or dropped, and the reader is told, in words, what changed.
import type { LinkMigration } from './types.ts';

/** The links' list separator (url-state's LIST_SEPARATOR; not imported, as url-state imports the migrations). */
const SEPARATOR = '~';

/** What becomes of one value: the values that replace it (none drops it) and what the reader is told. */
export type ValueRewrite = { to: readonly string[]; told: string } | undefined;

/** Rewrites one list; unchanged values pass through, repeats are dropped, null when nothing is left. */
export function rewriteList(value: string, rewrite: (item: string) => ValueRewrite): { value: string | null; changed: string[] } {
  const out: string[] = [];
  const changed: string[] = [];
  for (const item of value.split(SEPARATOR)) {
    const next = rewrite(item);
    if (next) changed.push(next.told);
    for (const replacement of next?.to ?? [item]) if (!out.includes(replacement)) out.push(replacement);
  }
  return { value: out.length > 0 ? out.join(SEPARATOR) : null, changed };
}

/** A migration that rewrites the values of `param`; a link without the param is left alone. */
export function listMigration(param: string, rewrite: (item: string) => ValueRewrite): LinkMigration['migrate'] {
  return (params) => {
    const raw = params.get(param);
    if (raw === null) return { params, changed: [] };
    const { value, changed } = rewriteList(raw, rewrite);
    if (changed.length === 0) return { params, changed };
    const next = new URLSearchParams(params);
    if (value === null) next.delete(param);
    else next.set(param, value);
    return { params: next, changed };
  };
}
