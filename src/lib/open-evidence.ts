// The one "show me the sentence" action: every bar, cell and timeline entry opens the
// article reader on the item's evidence through this, so links to evidence look alike.
import type { ViewState } from './view-state.ts';

export function openEvidence(
  setView: (patch: Partial<ViewState>) => void,
  itemId: string,
  articleId: string,
): void {
  setView({ view: 'articles', article: articleId, focus: itemId });
}
