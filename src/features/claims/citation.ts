// "Copy citation": everything a reader needs to cite one claim honestly — who claimed it and
// when, where it was reported, which version of the dataset, and the link to its sentence here.
import { claimSentence } from '../../lib/claim-text.ts';
import { formatDate } from '../../lib/labels.ts';
import { toSearch } from '../../lib/url-state.ts';
import { DEFAULT_VIEW_STATE } from '../../lib/view-state.ts';
import type { ClaimRow } from './claim-rows.ts';

/** The dashboard link that opens the article at the claim's sentence. */
export function sentenceLink(row: Pick<ClaimRow, 'id' | 'articleId'>, base: string): string {
  return `${base}${toSearch({ ...DEFAULT_VIEW_STATE, view: 'articles', article: row.articleId, focus: row.id })}`;
}

export function citationText(row: ClaimRow, version: string, base: string): string {
  const claim = claimSentence(row, { claimant: row.claimantName, subject: row.subjectName || null });
  const asOf = row.asOf ? ` Figure as of ${formatDate(row.asOf)}.` : '';
  const article = `${row.outlet || 'Unknown outlet'}${row.publishedAt ? `, ${formatDate(row.publishedAt)}` : ''}, “${row.articleTitle}”`;
  return `${row.claimantName}, claim of ${formatDate(row.date)}: ${claim}.${asOf} Reported in ${article}. Peace Talks Tracker dataset ${version}. ${sentenceLink(row, base)}`;
}

/** The page's own address without its query: where dashboard links start. */
export const pageBase = () => `${window.location.origin}${window.location.pathname}`;
