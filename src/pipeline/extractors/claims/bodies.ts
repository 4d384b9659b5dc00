// Bodies that publish figures ("the General Staff", "the Defence Ministry", "British
// intelligence") and the country each speaks for: the adjective or possessive before it
// ("Ukraine's General Staff", "Russian Defense Ministry"), an "of" after it ("the Ministry of
// Defence of Ukraine"), else how the article names the same body elsewhere.
import type { ArticleContext } from '../../context.ts';
import { hitsBetween } from '../../reading/attribution.ts';

export const BODY =
  /\b(?:general staff|(?:armed|air|naval|land|ground|border) (?:forces|force|guard(?: service)?)|(?:defen[cs]e|foreign|interior) ministry|ministry of (?:defen[cs]e|foreign affairs|internal affairs|health)|defen[cs]e (?:department|intelligence)|(?:military )?intelligence(?: agency| services?)?|prosecutor(?:['’]s office| general)|emergency service|coordination (?:headquarters|centre|center)|ombudsman|military|army|navy|government|authorities|officials)\b/gi;
/** The same words, for a test or a single find (no shared position to reset). */
export const BODY_ANY = new RegExp(BODY.source, 'i');

/** Between a country's name and its body: "Ukraine's ", "the Russian ", "UK ". */
const COUNTRY_GAP = /^(?:['’]s)?\s+(?:(?:armed|ministry|state|national|military|of|the)\s+)*$/i;
/** After a body: "of Ukraine", "of the Russian Federation", "of Ukraine's Armed Forces", "of Great Britain". */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+){1,3}of\s+(?:the\s+)?)?(?:Great\s+)?$/u;

/** The actor a body at [start, end) speaks for, from the words right around it. */
export function ownerOfBody(ctx: ArticleContext, start: number, end: number): string | null {
  const before = hitsBetween(ctx, Math.max(0, start - 40), start).at(-1);
  if (before && COUNTRY_GAP.test(ctx.text.slice(before.end, start))) return before.actor;
  const after = hitsBetween(ctx, end, end + 50)[0];
  if (after && OF_COUNTRY.test(ctx.text.slice(end, after.start))) return after.actor;
  return null;
}

/** The actor a body with no country of its own stands for: the same body named with one elsewhere. */
export function ownerInArticle(ctx: ArticleContext, bodyWords: string): string | null {
  const key = bodyWords.toLowerCase().replace(/[’']/g, '');
  for (const m of ctx.text.matchAll(BODY)) {
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
