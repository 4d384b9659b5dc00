// Whether a claim has been checked, as the article itself says: "could not be
// independently verified" marks it unverified; a side in the war speaking of losses
// is unverified by nature; an independent body stating a figure is `independent`.
import type { Verification } from '../../schema/bundle.ts';
import type { ArticleContext, Sentence } from '../context.ts';

const INDEPENDENT_BODIES = new Set(['united-nations', 'osce', 'icrc', 'red-cross', 'unhcr', 'ohchr', 'iaea', 'who', 'amnesty-international', 'human-rights-watch']);
const WAR_SIDES = new Set(['ukraine', 'russia']);

export interface VerificationResult {
  verification: Verification;
  sentence: Sentence | null;
}

export function verificationFor(ctx: ArticleContext, index: number, claimant: string): VerificationResult {
  const own = ctx.sentences[index];
  const { UNVERIFIED, REACHES_BACK } = ctx.language.claims.SOURCES;
  if (own && UNVERIFIED.test(own.text)) return { verification: 'unverified', sentence: own };
  const next = ctx.sentences[index + 1];
  if (next && next.paragraph - (own?.paragraph ?? 0) <= 1 && UNVERIFIED.test(next.text) && REACHES_BACK.test(next.text)) {
    return { verification: 'unverified', sentence: next };
  }
  if (isWarSide(ctx, claimant)) return { verification: 'unverified', sentence: null };
  if (INDEPENDENT_BODIES.has(claimant)) return { verification: 'independent', sentence: null };
  return { verification: 'unknown', sentence: null };
}

function isWarSide(ctx: ArticleContext, actor: string): boolean {
  return WAR_SIDES.has(actor) || WAR_SIDES.has(ctx.actors.get(actor)?.party ?? '');
}
