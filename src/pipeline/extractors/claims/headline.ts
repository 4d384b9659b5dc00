// The source a headline names: "General Staff: Russia lost …", "… – British intelligence",
// "Kyiv says …". The last place to look for who makes a claim the story leaves unsourced.
import type { ArticleContext, Sentence } from '../../context.ts';
import { hitsBetween } from '../../reading/attribution.ts';
import { resolveBody } from './bodies.ts';

const PREFIX = /^([^:\n]{2,40}):\s/;
const SUFFIX = /\s[-–—]\s([^-–—\n]{2,40})\s*$/;
/** After a name: "'s press chief", "’s aide" — someone or something of theirs. */
const POSSESSED = /^['’]s?\s+\p{L}/u;

/** Read once per article, by the caller. */
export function headlineSource(ctx: ArticleContext): string | null {
  // Headlines, kickers and datelines come before the first sentence with a full stop.
  for (const first of ctx.sentences.slice(0, 8)) {
    if (/[.!?]["”’']?\s*$/.test(first.text)) return null;
    const source = sourceIn(ctx, first);
    if (source) return source;
  }
  return null;
}

function sourceIn(ctx: ArticleContext, first: Sentence): string | null {
  for (const pattern of [PREFIX, SUFFIX, ctx.language.claims.SOURCES.HEADLINE_SAYS]) {
    const m = pattern.exec(first.text);
    if (!m?.[1]) continue;
    const start = first.start + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const body = ctx.language.claims.SOURCES.BODY_ANY.exec(m[1]);
    if (body) {
      const owner = resolveBody(ctx, start + body.index, start + body.index + body[0].length);
      if (owner) return owner;
    }
    const named = hitsBetween(ctx, start, end);
    // "Putin's press chief: …": the person's aide or office speaks, not the person.
    if (named.length === 1 && !POSSESSED.test(ctx.text.slice(named[0]!.end, end))) return named[0]!.actor;
  }
  return null;
}
