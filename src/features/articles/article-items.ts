// Everything extracted from one article, as entries for the reader's side panel: each with
// its kind, a line of text, and the spans of this article it was read from.
import type { ArticlePayload, BundleIndex, Evidence } from '../../schema/bundle.ts';
import { claimSentence } from '../../lib/claim-text.ts';
import { formatDate, humanise } from '../../lib/labels.ts';

export type ItemKind = 'event' | 'position' | 'claim' | 'quote' | 'mention';

export interface ArticleItem {
  id: string;
  kind: ItemKind;
  label: string;
  spans: { start: number; end: number }[];
}

export const KIND_LABELS: Record<ItemKind, string> = {
  event: 'Events',
  position: 'Positions',
  claim: 'Claims',
  quote: 'Quotes',
  mention: 'Mentioned',
};

/** Mentions have no id of their own; one panel entry stands for all of an actor's mentions. */
export const mentionItemId = (actorId: string) => `mention:${actorId}`;

/** "Türkiye: urged …" under a "Türkiye — …" heading reads twice; drop the repeated name. */
function withoutLeadingName(summary: string, name: string): string {
  return summary.startsWith(`${name}: `) ? summary.slice(name.length + 2) : summary;
}

function spansIn(articleId: string, evidence: readonly Evidence[]) {
  return evidence.filter((e) => e.articleId === articleId).map(({ start, end }) => ({ start, end }));
}

export function articleItems(index: Pick<BundleIndex, 'actors'>, articleId: string, payload: ArticlePayload): ArticleItem[] {
  const names = new Map(index.actors.map((actor) => [actor.id, actor.name]));
  const nameOf = (id: string) => (id === 'unattributed' ? 'No source named' : (names.get(id) ?? id));
  // The payload holds exactly the items with evidence in this article.
  const items: ArticleItem[] = [
    ...payload.events.map((event) => ({
      id: event.id,
      kind: 'event' as const,
      label: `${event.title} — ${formatDate(event.date)} (${event.status})`,
      spans: spansIn(articleId, event.evidence),
    })),
    ...payload.positions.map((position) => ({
      id: position.id,
      kind: 'position' as const,
      label: `${nameOf(position.actor)} — ${humanise(position.topic)} (${position.stance}): ${withoutLeadingName(position.summary, nameOf(position.actor))}`,
      spans: spansIn(articleId, position.evidence),
    })),
    ...payload.claims.map((claim) => ({
      id: claim.id,
      kind: 'claim' as const,
      // The same words as in the claims view: who claims it, when, whether anyone checked it,
      // and no loaded term of the claimant's ("occupiers") repeated as ours.
      label: claimSentence(claim, { claimant: nameOf(claim.claimant), subject: claim.subject && nameOf(claim.subject) }),
      // The sentence saying whether anyone checked the figure is part of the claim's evidence.
      spans: spansIn(articleId, [...claim.evidence, ...(claim.verificationEvidence ? [claim.verificationEvidence] : [])]),
    })),
    ...payload.quotes.map((quote) => ({
      id: quote.id,
      kind: 'quote' as const,
      label: `${nameOf(quote.speaker)}: “${quote.text}”`,
      spans: spansIn(articleId, quote.evidence),
    })),
  ];

  const byActor = new Map<string, ArticleItem['spans']>();
  for (const mention of payload.mentions) {
    byActor.set(mention.actor, [...(byActor.get(mention.actor) ?? []), ...spansIn(articleId, mention.evidence)]);
  }
  for (const [actor, spans] of byActor) {
    if (spans.length === 0) continue;
    const count = `${spans.length} ${spans.length === 1 ? 'time' : 'times'}`;
    items.push({ id: mentionItemId(actor), kind: 'mention', label: `${nameOf(actor)} (${count})`, spans });
  }
  return items;
}
