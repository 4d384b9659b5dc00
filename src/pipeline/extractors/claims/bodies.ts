// Bodies that publish figures ("the General Staff", "the Defence Ministry", "British
// intelligence") and the country each speaks for: the adjective or possessive before it
// ("Ukraine's General Staff", "Russian Defense Ministry"), an "of" after it ("the Ministry of
// Defence of Ukraine"), else how the article names the same body elsewhere. The words are
// the language's (ctx.language.claims.SOURCES).
import type { ArticleContext } from '../../context.ts';
import { hitsBetween } from '../../reading/attribution.ts';

/** The actor a body at [start, end) speaks for, from the words right around it. */
export function ownerOfBody(ctx: ArticleContext, start: number, end: number): string | null {
  const before = hitsBetween(ctx, Math.max(0, start - 40), start).at(-1);
  if (before && ctx.language.claims.SOURCES.COUNTRY_GAP.test(ctx.text.slice(before.end, start))) return before.actor;
  const after = hitsBetween(ctx, end, end + 50)[0];
  if (after && ctx.language.claims.SOURCES.OF_COUNTRY.test(ctx.text.slice(end, after.start))) return after.actor;
  return null;
}

/** The actor a body with no country of its own stands for: the same body named with one elsewhere. */
export function ownerInArticle(ctx: ArticleContext, bodyWords: string): string | null {
  const key = bodyWords.toLowerCase().replace(/[’']/g, '');
  for (const m of ctx.text.matchAll(ctx.language.claims.SOURCES.BODY)) {
    if (m[0].toLowerCase().replace(/[’']/g, '') !== key) continue;
    const owner = ownerOfBody(ctx, m.index, m.index + m[0].length);
    if (owner) return owner;
  }
  return null;
}

/** Who a body phrase at [start, end) stands for, near it or elsewhere in the article; `seen` remembers bodies already looked up. */
export function resolveBody(ctx: ArticleContext, start: number, end: number, seen?: Map<string, string | null>): string | null {
  const words = ctx.text.slice(start, end);
  // "officials", "the government", "the military" alone say too little to look elsewhere.
  if (/^(?:officials|authorities|government|military|army)$/i.test(words)) return ownerOfBody(ctx, start, end);
  const near = ownerOfBody(ctx, start, end);
  if (near) return near;
  // One look through the article per body name (`seen` lives as long as one article's reading).
  const key = words.toLowerCase();
  if (seen?.has(key)) return seen.get(key)!;
  const owner = ownerInArticle(ctx, words);
  seen?.set(key, owner);
  return owner;
}
