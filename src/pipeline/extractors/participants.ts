// Who takes part in an event: the actors a sentence names, less those named as a place
// ("in Kyiv", "Istanbul, Turkey"), commentators (who report on events but are not in
// them) and a state named only as a person's title ("Turkish Foreign Minister Hakan Fidan").
import type { ActorHit, ArticleContext, Sentence } from '../context.ts';
import { hitsBetween } from './attribution.ts';

const LOCATIVE = /\b(?:in|at|to|from|inside|near|into|across|over)\s+(?:the\s+)?$|\p{Lu}\p{Ll}+,\s*$/u;
const TITLE_GAP = /^(?:\s+(?:[A-Z][\w.]*|of|the))*\s+$/;

/** Actor ids in the sentence: in text order, or nearest to `anchor` (an offset in the text) first. */
export function participantsIn(ctx: ArticleContext, sentence: Sentence, anchor?: number): string[] {
  const hits = hitsBetween(ctx, sentence.start, sentence.end);
  const kept = hits.filter((hit, index) => {
    const before = ctx.text.slice(Math.max(sentence.start, hit.start - 16), hit.start);
    if (LOCATIVE.test(before)) return false;
    if (ctx.actors.get(hit.actor)?.voice === 'commentary') return false;
    return !isTitleOf(ctx, hit, hits[index + 1]);
  });
  const at = anchor ?? sentence.start;
  const distance = (hit: ActorHit) => (hit.end <= at ? at - hit.end : (hit.start - at) * 1.5);
  const ordered = anchor === undefined ? kept : [...kept].sort((a, b) => distance(a) - distance(b));
  const ids: string[] = [];
  for (const hit of ordered) {
    if (!ids.includes(hit.actor)) ids.push(hit.actor);
  }
  return ids;
}

function isTitleOf(ctx: ArticleContext, hit: ActorHit, next: ActorHit | undefined): boolean {
  if (!next || ctx.actors.get(next.actor)?.party !== hit.actor) return false;
  return next.start === hit.end || TITLE_GAP.test(ctx.text.slice(hit.end, next.start));
}
