// The lines printed under a saved chart and named in downloads: which filters were on,
// and which articles the figures come from.
import type { ViewState } from '../../lib/view-state.ts';
import type { ClaimRow } from './claim-rows.ts';
import type { ClaimMetric } from '../../schema/bundle.ts';
import { VERIFICATION_TEXT, formatDate } from '../../lib/labels.ts';
import { METRIC_LABELS } from '../../lib/claim-text.ts';

export function filtersText(view: ViewState, actorName: (id: string) => string): string {
  const parts: string[] = [];
  if (view.from || view.to) parts.push(`dates ${view.from ?? 'start'} to ${view.to ?? 'end'}`);
  if (view.actors.length) parts.push(`actors ${view.actors.map(actorName).join(', ')}`);
  if (view.metrics.length) parts.push(`metrics ${view.metrics.map((m) => METRIC_LABELS[m as ClaimMetric] ?? m).join(', ')}`);
  if (view.status.length) parts.push(`status ${view.status.map((s) => VERIFICATION_TEXT[s]).join(', ')}`);
  return `Filters: ${parts.length ? parts.join('; ') : 'none'}`;
}

export function sourcesText(rows: readonly ClaimRow[]): string {
  const seen = new Map<string, string>();
  for (const row of rows) {
    if (!seen.has(row.articleId)) {
      const date = row.publishedAt ? `, ${formatDate(row.publishedAt)}` : '';
      seen.set(row.articleId, `${row.outlet || row.articleId}${date}, “${row.articleTitle}”`);
    }
  }
  return `Sources: ${[...seen.values()].join('; ') || 'none'}. Figures are claims as reported, not verified facts.`;
}

/** The date range a download covers: the filter's, or else the span of the claims themselves. */
export function exportRange(view: ViewState, rows: readonly ClaimRow[]): [string | null, string | null] {
  const dates = rows.map((row) => row.date).sort();
  return [view.from ?? dates[0] ?? null, view.to ?? dates.at(-1) ?? null];
}
