// The one "show me the sentence" action: every bar, cell and timeline entry opens the
// article reader on the item's evidence through this, so links to evidence look alike.
import type { ViewState } from './view-state.ts';

export function openEvidence(
  setView: (patch: Partial<ViewState>) => void,
  itemId: string,
  articleId: string,
  /** The evidence's start offset, when the item has more than one sentence in this article. */
  start?: number,
): void {
  setView({ view: 'articles', article: articleId, focus: start === undefined ? itemId : evidenceFocus(itemId, start) });
}

/** Names one piece of an item's evidence, for items read from more than one sentence of an article. */
export function evidenceFocus(itemId: string, start: number): string {
  return `${itemId}:${start}`;
}

/** `<item id>:<start>` split into its parts when `isItem` knows the id; null for a plain item id. */
export function splitEvidenceFocus(focus: string | null, isItem: (id: string) => boolean): { itemId: string; start: number } | null {
  if (focus === null || isItem(focus)) return null;
  const match = /^(.+):(\d+)$/.exec(focus);
  return match && isItem(match[1]!) ? { itemId: match[1]!, start: Number(match[2]) } : null;
}
