// The status a reader is shown, honest for the kind of event: a statement or ultimatum is
// issued, not held; a deadline dated before the newest article has passed (as of that
// article), one after it is still ahead. Other statuses are shown as the data gives them.
import type { EventStatus, TalksEvent } from '../../schema/bundle.ts';

export type ShownStatus = EventStatus | 'deadline-passed' | 'deadline-ahead';

export function shownStatus(event: Pick<TalksEvent, 'kind' | 'status' | 'date' | 'endDate'>, newestArticle: string): ShownStatus {
  if (event.kind === 'deadline') {
    if ((event.endDate ?? event.date) < newestArticle) return 'deadline-passed';
    return event.status === 'held' || event.status === 'issued' ? 'deadline-ahead' : event.status;
  }
  if ((event.kind === 'ultimatum' || event.kind === 'statement') && event.status === 'held') return 'issued';
  return event.status;
}

export const STATUS_TEXT: Record<ShownStatus, { symbol: string; label: string; className: string }> = {
  held: { symbol: '●', label: 'Held', className: 'border-oi-blue' },
  planned: { symbol: '◷', label: 'Planned', className: 'border-oi-sky' },
  proposed: { symbol: '○', label: 'Proposed', className: 'border-oi-orange' },
  agreed: { symbol: '◆', label: 'Agreed', className: 'border-oi-green' },
  issued: { symbol: '▲', label: 'Issued', className: 'border-oi-vermillion' },
  'deadline-passed': { symbol: '▼', label: 'Deadline passed', className: 'border-slate-500' },
  'deadline-ahead': { symbol: '▽', label: 'Deadline ahead', className: 'border-oi-purple' },
};

/** The date of the newest article: "now", as far as the collection knows. */
export function newestArticleDate(articles: readonly { publishedAt: string }[]): string {
  let newest = '';
  for (const article of articles) if (article.publishedAt > newest) newest = article.publishedAt;
  return newest;
}
