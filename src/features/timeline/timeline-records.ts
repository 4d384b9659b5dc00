// One flat record per event, for the CSV and JSON downloads: the status as shown, who took
// part, which outlets report it, any recorded disagreement, and the first sentence and source.
import { humanise } from '../../lib/labels.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { reportingArticles } from './chapters.ts';
import { STATUS_TEXT, shownStatus } from './status.ts';
import type { TimelineContext } from './timeline-context.ts';

export const EVENT_CSV_COLUMNS = [
  'id', 'date', 'end_date', 'date_basis', 'kind', 'status', 'title', 'place', 'participants',
  'articles', 'outlets', 'disagreements', 'quote', 'article_id', 'quote_start', 'quote_end', 'credit',
] as const;

export type EventRecord = Record<Exclude<(typeof EVENT_CSV_COLUMNS)[number], 'credit'>, string | number | null>;

export function eventRecords(events: readonly TalksEvent[], context: TimelineContext): EventRecord[] {
  return events.map((event) => {
    const articles = reportingArticles(event);
    const first = event.evidence[0]!;
    return {
      id: event.id,
      date: event.date,
      end_date: event.endDate,
      date_basis: event.dateBasis.kind === 'relative' ? `resolved from "${event.dateBasis.phrase}"` : event.dateBasis.kind,
      kind: humanise(event.kind),
      status: STATUS_TEXT[shownStatus(event, context.newestArticle)].label,
      title: event.title,
      place: event.place,
      participants: event.participants.map((id) => context.actorNames.get(id) ?? id).join('; '),
      articles: articles.length,
      outlets: [...new Set(articles.map((id) => context.outletOf.get(id) ?? id))].join('; '),
      disagreements: (context.disagreementsOf.get(event.id) ?? []).map((d) => d.summary).join(' | '),
      quote: first.quote,
      article_id: first.articleId,
      quote_start: first.start,
      quote_end: first.end,
    };
  });
}
